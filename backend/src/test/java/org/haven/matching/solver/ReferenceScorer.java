package org.haven.matching.solver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.haven.family.BedroomStandard;
import org.haven.family.BruteForceBedrooms;
import org.haven.family.Relationship;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.FamilyFact.Member;
import org.haven.shared.Sex;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The score of a solution worked out in plain Java straight from docs/matching.md, reading only
 * the raw fields (members, flags, coordinates, dates, the previous proposal): not the rule
 * definitions ({@link PairRule}, {@link PairTerm}, …), not the constraint provider, not
 * {@link Pairs}, not the derived values of {@link FamilyFact}. Bedrooms come from an exhaustive
 * search over every allowed pairing ({@link BruteForceBedrooms}), not from {@link BedroomStandard}.
 * It answers rule by rule, so tests can compare each rule, not only totals.
 */
public final class ReferenceScorer {

    /** The key of the medium level in {@link #breakdown}. */
    static final String MEDIUM = "medium";

    private ReferenceScorer() {
    }

    public static HardMediumSoftScore score(MatchingSolution solution) {
        Map<String, Long> breakdown = breakdown(solution);
        long hard = 0;
        long soft = 0;
        for (Map.Entry<String, Long> entry : breakdown.entrySet()) {
            if (entry.getKey().startsWith("H")) {
                hard += entry.getValue();
            } else if (entry.getKey().startsWith("S")) {
                soft += entry.getValue();
            }
        }
        return HardMediumSoftScore.of((int) -hard, (int) -breakdown.get(MEDIUM), (int) -soft);
    }

    /**
     * Each rule's total for the solution, by id: hard rules count their breaks, "medium" is the
     * unhoused weight, soft terms their penalty. Every id of the page is present, 0 when unused.
     */
    public static Map<String, Long> breakdown(MatchingSolution solution) {
        Policy policy = solution.getPolicy();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (int h = 1; h <= 16; h++) {
            totals.put("H" + h, 0L);
        }
        totals.put(MEDIUM, 0L);
        for (int s = 1; s <= 7; s++) {
            totals.put("S" + s, 0L);
        }
        Map<String, Integer> familiesPerOffer = new HashMap<>();
        for (Assignment assignment : solution.getAssignments()) {
            FamilyFact family = assignment.getFamily();
            OfferFact offer = assignment.getOffer();
            String previous = family.previousOfferId();
            if (previous != null && (offer == null || !previous.equals(offer.id()))) {
                totals.merge("S7", (long) policy.keepProposalWeight(), Long::sum);
            }
            if (offer == null) {
                totals.merge(MEDIUM, (long) family.members().size() * policy.urgencyWeights().get(family.urgency()),
                        Long::sum);
                continue;
            }
            familiesPerOffer.merge(offer.id(), 1, Integer::sum);
            brokenPairRules(family, offer, policy).forEach(rule -> totals.merge(rule, 1L, Long::sum));
            // H15: a pinned live placement stays whatever was turned down before.
            if (!assignment.isPinned() && solution.getRejectedPairs().contains(new RejectedPair(family.id(), offer.id()))) {
                totals.merge("H15", 1L, Long::sum);
            }
            pairTerms(family, offer, policy).forEach((term, penalty) -> totals.merge(term, penalty, Long::sum));
        }
        for (int families : familiesPerOffer.values()) {
            totals.merge("H16", (long) families * (families - 1) / 2, Long::sum); // each pair of families sharing
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
                    totals.merge("S6", Math.max(0, km - 10) * policy.linkedApartWeight(), Long::sum);
                }
            }
        }
        return totals;
    }

    /** How many of H1–H15 the (not pinned) pair breaks. */
    public static int hardBreaks(FamilyFact family, OfferFact offer, Policy policy, List<RejectedPair> rejected) {
        return brokenPairRules(family, offer, policy).size()
                + (rejected.contains(new RejectedPair(family.id(), offer.id())) ? 1 : 0);
    }

    /** The ids of H1–H14 the pair breaks. */
    public static Set<String> brokenPairRules(FamilyFact family, OfferFact offer, Policy policy) {
        List<Member> members = family.members();
        boolean wheelchair = members.stream().anyMatch(Member::wheelchairUser);
        boolean child = members.stream().anyMatch(m -> m.age() < 18);
        int bedrooms = BruteForceBedrooms.fewest(members.stream()
                .map(m -> new BedroomStandard.Sleeper(m.age(), m.sex(),
                        m.relationship() == Relationship.LEAD || m.relationship() == Relationship.PARTNER))
                .toList());
        LocalDate start = start(family, offer);
        long months = monthsAvailable(start, offer);
        Set<String> broken = new TreeSet<>();
        if (members.size() > offer.maxGuests()) broken.add("H1");
        if (bedrooms > offer.bedrooms()) broken.add("H2");
        if ((family.needs().needsStepFree() || wheelchair) && offer.stepFree() != StepFree.ALL) broken.add("H3");
        if (wheelchair && !offer.wheelchairBathroom()) broken.add("H4");
        if (family.needs().needsGroundFloorBedroom() && !offer.groundFloorBedroom()) broken.add("H5");
        if (family.needs().hasPets() && !offer.petsAllowed()) broken.add("H6");
        if (family.needs().petAllergy() && offer.host().hasPets()) broken.add("H7");
        if (family.needs().smoker() && !offer.smokingAllowed()) broken.add("H8");
        if (child && !(offer.childrenWelcome() && offer.host().dbsLevel() == DbsLevel.ENHANCED_WITH_BARRED_LIST)) {
            broken.add("H9");
        }
        if (offer.womenOnly() && members.stream().anyMatch(m -> m.sex() == Sex.M && m.age() >= 16)) broken.add("H10");
        boolean adultsAllFemale = members.stream().filter(m -> m.age() >= 18).allMatch(m -> m.sex() == Sex.F);
        if (adultsAllFemale && offer.type() == OfferType.ROOM_IN_HOME
                && offer.host().adults().stream().noneMatch(p -> p.sex() == Sex.F)) broken.add("H11");
        if (family.needs().needsLgbtqiAffirming() && !offer.lgbtqiAffirming()) broken.add("H12");
        if (start.isAfter(family.neededFrom().plusDays(policy.arrivalWindowDays()))
                || months < Math.min(family.expectedStayMonths(), policy.minimumStayMonths())) broken.add("H13");
        if (family.maxDistanceKm() != null && family.lat() != null && family.lon() != null
                && km(family.lat(), family.lon(), offer.lat(), offer.lon()) > family.maxDistanceKm()) broken.add("H14");
        return broken;
    }

    /** S1–S5 of the pair, by id. */
    public static Map<String, Long> pairTerms(FamilyFact family, OfferFact offer, Policy policy) {
        Map<String, Long> terms = new LinkedHashMap<>();
        terms.put("S1", family.lat() != null && family.lon() != null
                ? km(family.lat(), family.lon(), offer.lat(), offer.lon()) * policy.distanceWeight() : 0);
        terms.put("S2", (long) Math.max(0, offer.maxGuests() - family.members().size()) * policy.spareBedsWeight());
        terms.put("S3", family.languages().stream().noneMatch(offer.host().languages()::contains)
                ? (long) policy.noSharedLanguageWeight() : 0);
        LocalDate start = start(family, offer);
        long months = monthsAvailable(start, offer);
        terms.put("S4", Math.max(0, family.expectedStayMonths() - months) * policy.shortStayWeight());
        terms.put("S5", ChronoUnit.DAYS.between(family.neededFrom(), start) * policy.waitForRoomWeight());
        return terms;
    }

    /** S1–S5 of the pair added up. */
    public static long pairSoft(FamilyFact family, OfferFact offer, Policy policy) {
        return pairTerms(family, offer, policy).values().stream().mapToLong(Long::longValue).sum();
    }

    private static LocalDate start(FamilyFact family, OfferFact offer) {
        return offer.availableFrom() != null && offer.availableFrom().isAfter(family.neededFrom())
                ? offer.availableFrom() : family.neededFrom();
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
