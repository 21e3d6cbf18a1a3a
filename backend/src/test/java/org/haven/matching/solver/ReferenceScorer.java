package org.haven.matching.solver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.haven.family.BedroomStandard;
import org.haven.family.Relationship;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.FamilyFact.Member;
import org.haven.shared.Sex;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The score of a solution worked out in plain Java straight from docs/matching.md, reading only
 * the raw fields (members, flags, coordinates, dates): not the constraint provider, not
 * {@link Pairs}, not the derived values of {@link FamilyFact}. Only the bedroom standard is
 * shared, because it has its own tests against the page.
 */
final class ReferenceScorer {

    private ReferenceScorer() {
    }

    static HardMediumSoftScore score(MatchingSolution solution) {
        Policy policy = solution.getPolicy();
        long hard = 0;
        long medium = 0;
        long soft = 0;
        Map<String, Integer> familiesPerOffer = new HashMap<>();
        for (Assignment assignment : solution.getAssignments()) {
            FamilyFact family = assignment.getFamily();
            OfferFact offer = assignment.getOffer();
            if (offer == null) {
                medium += (long) family.members().size() * policy.urgencyWeights().get(family.urgency());
                continue;
            }
            familiesPerOffer.merge(offer.id(), 1, Integer::sum);
            hard += hardBreaks(family, offer, policy, solution.getRejectedPairs());
            soft += softPenalty(family, offer, policy);
        }
        for (int families : familiesPerOffer.values()) {
            hard += (long) families * (families - 1) / 2; // H16: each pair of families sharing an offer
        }
        List<Assignment> all = solution.getAssignments();
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                Assignment a = all.get(i);
                Assignment b = all.get(j);
                boolean linked = a.getFamily().linkedFamilyIds().contains(b.getFamily().id())
                        || b.getFamily().linkedFamilyIds().contains(a.getFamily().id());
                if (linked && a.getOffer() != null && b.getOffer() != null) {
                    long km = km(a.getOffer().lat(), a.getOffer().lon(), b.getOffer().lat(), b.getOffer().lon());
                    soft += Math.max(0, km - 10) * policy.linkedApartWeight();
                }
            }
        }
        return HardMediumSoftScore.of((int) -hard, (int) -medium, (int) -soft);
    }

    /** How many of H1–H15 the pair breaks. */
    static int hardBreaks(FamilyFact family, OfferFact offer, Policy policy, List<RejectedPair> rejected) {
        List<Member> members = family.members();
        boolean wheelchair = members.stream().anyMatch(Member::wheelchairUser);
        boolean child = members.stream().anyMatch(m -> m.age() < 18);
        int bedrooms = BedroomStandard.bedroomsNeeded(members.stream()
                .map(m -> new BedroomStandard.Sleeper(m.age(), m.sex(),
                        m.relationship() == Relationship.LEAD || m.relationship() == Relationship.PARTNER))
                .toList());
        LocalDate start = start(family, offer);
        long months = monthsAvailable(start, offer);
        int breaks = 0;
        if (members.size() > offer.maxGuests()) breaks++;                                           // H1
        if (bedrooms > offer.bedrooms()) breaks++;                                                   // H2
        if ((family.needs().needsStepFree() || wheelchair) && offer.stepFree() != StepFree.ALL) breaks++; // H3
        if (wheelchair && !offer.wheelchairBathroom()) breaks++;                                     // H4
        if (family.needs().needsGroundFloorBedroom() && !offer.groundFloorBedroom()) breaks++;       // H5
        if (family.needs().hasPets() && !offer.petsAllowed()) breaks++;                              // H6
        if (family.needs().petAllergy() && offer.host().hasPets()) breaks++;                         // H7
        if (family.needs().smoker() && !offer.smokingAllowed()) breaks++;                            // H8
        if (child && !(offer.childrenWelcome()
                && offer.host().dbsLevel() == DbsLevel.ENHANCED_WITH_BARRED_LIST)) breaks++;        // H9
        if (offer.womenOnly() && members.stream().anyMatch(m -> m.sex() == Sex.M && m.age() >= 16)) breaks++; // H10
        boolean adultsAllFemale = members.stream().filter(m -> m.age() >= 18).allMatch(m -> m.sex() == Sex.F);
        if (adultsAllFemale && offer.type() == OfferType.ROOM_IN_HOME
                && offer.host().adults().stream().noneMatch(p -> p.sex() == Sex.F)) breaks++;       // H11
        if (family.needs().needsLgbtqiAffirming() && !offer.lgbtqiAffirming()) breaks++;             // H12
        if (start.isAfter(family.neededFrom().plusDays(policy.arrivalWindowDays()))
                || months < Math.min(family.expectedStayMonths(), policy.minimumStayMonths())) breaks++; // H13
        if (family.maxDistanceKm() != null && family.lat() != null && family.lon() != null
                && km(family.lat(), family.lon(), offer.lat(), offer.lon()) > family.maxDistanceKm()) breaks++; // H14
        if (rejected.contains(new RejectedPair(family.id(), offer.id()))) breaks++;                 // H15
        return breaks;
    }

    private static long softPenalty(FamilyFact family, OfferFact offer, Policy policy) {
        long soft = 0;
        if (family.lat() != null && family.lon() != null) {
            soft += km(family.lat(), family.lon(), offer.lat(), offer.lon()) * policy.distanceWeight();  // S1
        }
        soft += (long) Math.max(0, offer.maxGuests() - family.members().size()) * policy.spareBedsWeight(); // S2
        if (family.languages().stream().noneMatch(offer.host().languages()::contains)) {
            soft += policy.noSharedLanguageWeight();                                                // S3
        }
        LocalDate start = start(family, offer);
        long months = monthsAvailable(start, offer);
        soft += Math.max(0, family.expectedStayMonths() - months) * policy.shortStayWeight();        // S4
        soft += ChronoUnit.DAYS.between(family.neededFrom(), start) * policy.waitForRoomWeight();    // S5
        return soft;
    }

    private static LocalDate start(FamilyFact family, OfferFact offer) {
        return offer.availableFrom().isAfter(family.neededFrom()) ? offer.availableFrom() : family.neededFrom();
    }

    private static long monthsAvailable(LocalDate start, OfferFact offer) {
        if (offer.availableUntil() == null) {
            return Long.MAX_VALUE;
        }
        return Math.floorDiv(ChronoUnit.DAYS.between(start, offer.availableUntil()), 30L);
    }

    /** Haversine on a 6371.0 km sphere, rounded to the nearest km. */
    private static long km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return Math.round(2 * 6371.0 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)));
    }
}
