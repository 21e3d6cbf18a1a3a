package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;

/**
 * docs/matching.md "Explanations" for one family–offer pair: each hard rule H1–H14 checked with a
 * sentence a caseworker understands, and each per-pair soft term S1–S5 with its penalty. H15, H16
 * and S6 depend on the whole run and are explained by the caller.
 *
 * <p>{@link PairCosts} decides feasibility and cost for the solver; a test proves this class agrees
 * with it on every pair of generated instances, so an explanation never contradicts a proposal.
 */
public final class PairExplanation {

    /** One rule as checked for the pair; a hard rule's penalty is 0 when it passed. */
    public record Line(String rule, long penalty, String text, boolean passed) {

        static Line hard(String rule, boolean passed, String text) {
            return new Line(rule, 0, text, passed);
        }

        static Line soft(String rule, long penalty, String text) {
            return new Line(rule, penalty, text, true);
        }
    }

    private PairExplanation() {
    }

    /** H1–H14 in order, each with whether the pair passes it. */
    public static List<Line> hardRules(FamilyFact family, OfferFact offer, Policy policy) {
        FamilyFact.Needs needs = family.needs();
        List<Line> lines = new ArrayList<>();
        int size = family.size();
        lines.add(Line.hard("H1", size <= offer.maxGuests(), size <= offer.maxGuests()
                ? "%s, room for up to %d".formatted(people(size), offer.maxGuests())
                : "%s, room for only %d".formatted(people(size), offer.maxGuests())));
        int bedrooms = family.bedroomsNeeded();
        lines.add(Line.hard("H2", bedrooms <= offer.bedrooms(),
                "Needs %s, the offer has %d".formatted(count(bedrooms, "bedroom"), offer.bedrooms())));

        boolean stepFreeNeeded = needs.needsStepFree() || family.anyWheelchairUser();
        lines.add(stepFreeNeeded
                ? Line.hard("H3", offer.stepFree() == StepFree.ALL, offer.stepFree() == StepFree.ALL
                        ? "Needs step-free access; the home is step-free throughout"
                        : "Needs step-free access; the home's step-free access is " + words(offer.stepFree()))
                : Line.hard("H3", true, "No step-free need"));
        lines.add(family.anyWheelchairUser()
                ? Line.hard("H4", offer.wheelchairBathroom(), offer.wheelchairBathroom()
                        ? "A wheelchair user; the bathroom is wheelchair-accessible"
                        : "A wheelchair user needs an accessible bathroom; the offer has none")
                : Line.hard("H4", true, "No wheelchair user"));
        lines.add(needs.needsGroundFloorBedroom()
                ? Line.hard("H5", offer.groundFloorBedroom(), offer.groundFloorBedroom()
                        ? "Needs a ground-floor bedroom; the offer has one"
                        : "Needs a ground-floor bedroom; the offer has none")
                : Line.hard("H5", true, "No ground-floor bedroom needed"));
        lines.add(needs.hasPets()
                ? Line.hard("H6", offer.petsAllowed(), offer.petsAllowed()
                        ? "Brings pets; pets are allowed" : "Brings pets; pets are not allowed")
                : Line.hard("H6", true, "Brings no pets"));
        lines.add(needs.petAllergy()
                ? Line.hard("H7", !offer.host().hasPets(), offer.host().hasPets()
                        ? "Pet allergy; the host household has pets" : "Pet allergy; the host household has no pets")
                : Line.hard("H7", true, "No pet allergy"));
        lines.add(needs.smoker()
                ? Line.hard("H8", offer.smokingAllowed(), offer.smokingAllowed()
                        ? "Smoker; smoking is allowed" : "Smoker; smoking is not allowed")
                : Line.hard("H8", true, "No smoker"));
        lines.add(children(family, offer));
        lines.add(offer.womenOnly()
                ? Line.hard("H10", !family.hasMaleAged16Plus(), family.hasMaleAged16Plus()
                        ? "Women-only offer; the family includes a male aged 16 or over"
                        : "Women-only offer; no male aged 16 or over in the family")
                : Line.hard("H10", true, "Not a women-only offer"));
        boolean singleWomenRule = family.adultsAllFemale() && offer.type() == OfferType.ROOM_IN_HOME;
        lines.add(singleWomenRule
                ? Line.hard("H11", offer.host().hasAdultWoman(), offer.host().hasAdultWoman()
                        ? "All adults are women, in a room in the host's home; a woman lives in the host household"
                        : "All adults are women, in a room in the host's home; no adult woman lives in the host household")
                : Line.hard("H11", true, family.adultsAllFemale()
                        ? "All adults are women; the home is self-contained" : "Not an all-women adult family"));
        lines.add(needs.needsLgbtqiAffirming()
                ? Line.hard("H12", offer.lgbtqiAffirming(), offer.lgbtqiAffirming()
                        ? "Needs an LGBTQI+ affirming home; the host is affirming"
                        : "Needs an LGBTQI+ affirming home; the host has not said they are")
                : Line.hard("H12", true, "No LGBTQI+ affirming need"));
        lines.add(dates(family, offer, policy));
        lines.add(distanceCap(family, offer));
        return lines;
    }

    /** True when no line of {@link #hardRules} is broken. */
    public static boolean passesHardRules(FamilyFact family, OfferFact offer, Policy policy) {
        return hardRules(family, offer, policy).stream().allMatch(Line::passed);
    }

    /** S1–S5 in order, with the policy's weights applied; {@code preferredPlace} names the family's area. */
    public static List<Line> softTerms(FamilyFact family, OfferFact offer, Policy policy, String preferredPlace) {
        List<Line> lines = new ArrayList<>();
        Integer km = Pairs.distanceKm(family, offer);
        lines.add(km == null
                ? Line.soft("S1", 0, "No preferred area given")
                : Line.soft("S1", (long) km * policy.distanceWeight(), "%d km from preferred area%s"
                        .formatted(km, preferredPlace == null || preferredPlace.isBlank() ? "" : " (" + preferredPlace + ")")));
        int spare = Math.max(0, offer.maxGuests() - family.size());
        lines.add(Line.soft("S2", (long) spare * policy.spareBedsWeight(),
                spare == 0 ? "No spare beds" : count(spare, "spare bed")));
        Set<String> shared = new TreeSet<>(family.languages());
        shared.retainAll(offer.host().languages());
        lines.add(shared.isEmpty()
                ? Line.soft("S3", policy.noSharedLanguageWeight(), "No language shared with the host")
                : Line.soft("S3", 0, "Shares " + languageList(shared) + " with the host"));
        int months = Pairs.monthsAvailable(family, offer);
        int expected = family.expectedStayMonths();
        if (months == Pairs.UNLIMITED_MONTHS) {
            lines.add(Line.soft("S4", 0, "No end date: covers the expected %s".formatted(count(expected, "month"))));
        } else {
            int shortBy = Math.max(0, expected - months);
            lines.add(Line.soft("S4", (long) shortBy * policy.shortStayWeight(), shortBy == 0
                    ? "Available %s, covers the expected %d".formatted(count(months, "month"), expected)
                    : "Available %s of the %d expected (%d short)".formatted(count(months, "month"), expected, shortBy)));
        }
        int wait = Pairs.waitDays(family, offer);
        lines.add(Line.soft("S5", (long) wait * policy.waitForRoomWeight(), wait == 0
                ? "Room free when needed" : "Room free %s after it is needed".formatted(count(wait, "day"))));
        return lines;
    }

    /** S6 for one linked family placed at {@code other}: the km beyond the free 10, weighted. */
    public static Line linkedApart(OfferFact own, OfferFact other, Policy policy, String otherReference) {
        int km = Pairs.distanceKm(own, other);
        long penalty = (long) Math.max(0, km - MatchingConstraintProvider.LINKED_FREE_KM) * policy.linkedApartWeight();
        return Line.soft("S6", penalty, "Linked family %s placed %d km away".formatted(otherReference, km));
    }

    private static Line children(FamilyFact family, OfferFact offer) {
        if (!family.hasChild()) {
            return Line.hard("H9", true, "No children");
        }
        boolean barred = offer.host().dbsLevel() == DbsLevel.ENHANCED_WITH_BARRED_LIST;
        if (offer.childrenWelcome() && barred) {
            return Line.hard("H9", true, "Children welcome; host DBS check is enhanced with barred list");
        }
        List<String> missing = new ArrayList<>();
        if (!offer.childrenWelcome()) {
            missing.add("children are not welcome");
        }
        if (!barred) {
            missing.add("host DBS check is " + words(offer.host().dbsLevel()) + ", not enhanced with barred list");
        }
        return Line.hard("H9", false, "Family has children; " + String.join(" and ", missing));
    }

    private static Line dates(FamilyFact family, OfferFact offer, Policy policy) {
        var start = Pairs.start(family, offer);
        var latest = family.neededFrom().plusDays(policy.arrivalWindowDays());
        int months = Pairs.monthsAvailable(family, offer);
        int needed = Math.min(family.expectedStayMonths(), policy.minimumStayMonths());
        boolean startOk = !start.isAfter(latest);
        boolean stayOk = months >= needed;
        String startText = startOk
                ? "Room free by %s (needed from %s)".formatted(start, family.neededFrom())
                : "Room free only from %s, more than %d days after %s".formatted(start, policy.arrivalWindowDays(),
                        family.neededFrom());
        String stayText = months == Pairs.UNLIMITED_MONTHS ? "no end date"
                : stayOk ? "%s available, at least %d needed".formatted(count(months, "month"), needed)
                        : "only %s available, at least %d needed".formatted(count(months, "month"), needed);
        return Line.hard("H13", startOk && stayOk, startText + "; " + stayText);
    }

    private static Line distanceCap(FamilyFact family, OfferFact offer) {
        if (family.maxDistanceKm() == null) {
            return Line.hard("H14", true, "No distance limit");
        }
        if (!family.hasLocation()) {
            return Line.hard("H14", true, "Distance limit of %d km, but no preferred area".formatted(family.maxDistanceKm()));
        }
        int km = Pairs.distanceKm(family, offer);
        return km <= family.maxDistanceKm()
                ? Line.hard("H14", true, "%d km, within the %d km limit".formatted(km, family.maxDistanceKm()))
                : Line.hard("H14", false, "%d km, beyond the %d km limit".formatted(km, family.maxDistanceKm()));
    }

    private static String people(int size) {
        return size == 1 ? "1 person" : size + " people";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** English names of ISO 639-1 codes; Persian is named with Dari, as the SPA does. */
    static String languageList(Set<String> codes) {
        List<String> names = codes.stream().map(PairExplanation::languageName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String languageName(String code) {
        if ("fa".equals(code)) {
            return "Persian (Dari)";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }
}
