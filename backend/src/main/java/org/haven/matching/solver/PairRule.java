package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.PairExplanation.Line;

/**
 * The hard rules of docs/matching.md that one family and one offer decide (H1–H14), each defined
 * once: its id and name, when a pair breaks it, and the sentence that explains the check to a
 * caseworker. The constraint streams ({@link MatchingConstraintProvider}), the candidate lists,
 * the exact phase ({@link PairCosts#feasible}), the explanations ({@link PairExplanation}) and the
 * caseworker's pair check all read the rules from here. H15 and H16 depend on the run, not on the
 * pair: see {@link RunRule}.
 */
public enum PairRule {

    H1("capacity") {
        @Override
        boolean breaks(PairFacts pair, Policy policy) {
            return pair.familySize() > pair.offerMaxGuests();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            boolean breaks = breaks(family, offer, policy);
            return Sentence.of(breaks ? "H1.tooMany" : "H1.fits", "%s, room for %s %d".formatted(
                    people(family.size()), breaks ? "only" : "up to", offer.maxGuests()),
                    "count", family.size(), "maxGuests", offer.maxGuests());
        }
    },

    H2("bedrooms") {
        @Override
        boolean breaks(PairFacts pair, Policy policy) {
            return pair.bedroomsNeeded() > pair.offerBedrooms();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            return Sentence.of("H2.bedrooms",
                    "Needs %s, the offer has %d".formatted(count(family.bedroomsNeeded(), "bedroom"), offer.bedrooms()),
                    "count", family.bedroomsNeeded(), "bedrooms", offer.bedrooms());
        }
    },

    H3("step-free") {
        @Override
        boolean needs(FamilyFact family) {
            return needsStepFree(family);
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.stepFree() == StepFree.ALL;
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!needsStepFree(family)) {
                return Sentence.of("H3.noNeed", "No step-free need");
            }
            return offer.stepFree() == StepFree.ALL
                    ? Sentence.of("H3.stepFree", "Needs step-free access; the home is step-free throughout")
                    : Sentence.of("H3.notStepFree",
                            "Needs step-free access; the home's step-free access is " + words(offer.stepFree()),
                            "stepFree", offer.stepFree().name());
        }

        private static boolean needsStepFree(FamilyFact family) {
            return family.needs().needsStepFree() || family.anyWheelchairUser();
        }
    },

    H4("wheelchair bathroom") {
        @Override
        boolean needs(FamilyFact family) {
            return family.anyWheelchairUser();
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.wheelchairBathroom();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.anyWheelchairUser()) {
                return Sentence.of("H4.noNeed", "No wheelchair user");
            }
            return offer.wheelchairBathroom()
                    ? Sentence.of("H4.accessible", "A wheelchair user; the bathroom is wheelchair-accessible")
                    : Sentence.of("H4.notAccessible", "A wheelchair user needs an accessible bathroom; the offer has none");
        }
    },

    H5("ground floor") {
        @Override
        boolean needs(FamilyFact family) {
            return family.needs().needsGroundFloorBedroom();
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.groundFloorBedroom();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().needsGroundFloorBedroom()) {
                return Sentence.of("H5.noNeed", "No ground-floor bedroom needed");
            }
            return offer.groundFloorBedroom()
                    ? Sentence.of("H5.has", "Needs a ground-floor bedroom; the offer has one")
                    : Sentence.of("H5.hasNot", "Needs a ground-floor bedroom; the offer has none");
        }
    },

    H6("pets") {
        @Override
        boolean needs(FamilyFact family) {
            return family.needs().hasPets();
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.petsAllowed();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().hasPets()) {
                return Sentence.of("H6.noPets", "Brings no pets");
            }
            return offer.petsAllowed() ? Sentence.of("H6.allowed", "Brings pets; pets are allowed")
                    : Sentence.of("H6.notAllowed", "Brings pets; pets are not allowed");
        }
    },

    H7("allergy") {
        @Override
        boolean needs(FamilyFact family) {
            return family.needs().petAllergy();
        }

        @Override
        boolean meets(OfferFact offer) {
            return !offer.host().hasPets();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().petAllergy()) {
                return Sentence.of("H7.noAllergy", "No pet allergy");
            }
            return offer.host().hasPets() ? Sentence.of("H7.hostHasPets", "Pet allergy; the host household has pets")
                    : Sentence.of("H7.noHostPets", "Pet allergy; the host household has no pets");
        }
    },

    H8("smoking") {
        @Override
        boolean needs(FamilyFact family) {
            return family.needs().smoker();
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.smokingAllowed();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().smoker()) {
                return Sentence.of("H8.noSmoker", "No smoker");
            }
            return offer.smokingAllowed() ? Sentence.of("H8.allowed", "Smoker; smoking is allowed")
                    : Sentence.of("H8.notAllowed", "Smoker; smoking is not allowed");
        }
    },

    H9("children") {
        @Override
        boolean needs(FamilyFact family) {
            return family.hasChild();
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.childrenWelcome() && barredListChecked(offer);
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.hasChild()) {
                return Sentence.of("H9.noChildren", "No children");
            }
            if (!breaks(family, offer, policy)) {
                return Sentence.of("H9.welcome", "Children welcome; host DBS check is enhanced with barred list");
            }
            List<String> missing = new ArrayList<>();
            if (!offer.childrenWelcome()) {
                missing.add("children are not welcome");
            }
            if (!barredListChecked(offer)) {
                missing.add("host DBS check is " + words(offer.host().dbsLevel()) + ", not enhanced with barred list");
            }
            String key = offer.childrenWelcome() ? "H9.dbs" : barredListChecked(offer) ? "H9.notWelcome"
                    : "H9.notWelcomeAndDbs";
            return Sentence.of(key, "Family has children; " + String.join(" and ", missing),
                    "dbsLevel", barredListChecked(offer) ? null : offer.host().dbsLevel().name());
        }

        private static boolean barredListChecked(OfferFact offer) {
            return offer.host().dbsLevel() == DbsLevel.ENHANCED_WITH_BARRED_LIST;
        }
    },

    H10("women-only offer") {
        @Override
        boolean needs(FamilyFact family) {
            return family.hasMaleAged16Plus();
        }

        @Override
        boolean meets(OfferFact offer) {
            return !offer.womenOnly();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!offer.womenOnly()) {
                return Sentence.of("H10.notWomenOnly", "Not a women-only offer");
            }
            return family.hasMaleAged16Plus()
                    ? Sentence.of("H10.male", "Women-only offer; the family includes a male aged 16 or over")
                    : Sentence.of("H10.noMale", "Women-only offer; no male aged 16 or over in the family");
        }
    },

    H11("no single-male household") {
        @Override
        boolean needs(FamilyFact family) {
            return family.adultsAllFemale();
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.type() != OfferType.ROOM_IN_HOME || offer.host().hasAdultWoman();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!applies(family, offer)) {
                return family.adultsAllFemale()
                        ? Sentence.of("H11.selfContained", "All adults are women; the home is self-contained")
                        : Sentence.of("H11.notAllWomen", "Not an all-women adult family");
            }
            return offer.host().hasAdultWoman()
                    ? Sentence.of("H11.womanInHousehold",
                            "All adults are women, in a room in the host's home; a woman lives in the host household")
                    : Sentence.of("H11.noWomanInHousehold", "All adults are women, in a room in the host's home; "
                            + "no adult woman lives in the host household");
        }

        private static boolean applies(FamilyFact family, OfferFact offer) {
            return family.adultsAllFemale() && offer.type() == OfferType.ROOM_IN_HOME;
        }
    },

    H12("LGBTQI+") {
        @Override
        boolean needs(FamilyFact family) {
            return family.needs().needsLgbtqiAffirming();
        }

        @Override
        boolean meets(OfferFact offer) {
            return offer.lgbtqiAffirming();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().needsLgbtqiAffirming()) {
                return Sentence.of("H12.noNeed", "No LGBTQI+ affirming need");
            }
            return offer.lgbtqiAffirming()
                    ? Sentence.of("H12.affirming", "Needs an LGBTQI+ affirming home; the host is affirming")
                    : Sentence.of("H12.notAffirming", "Needs an LGBTQI+ affirming home; the host has not said they are");
        }
    },

    H13("dates") {
        @Override
        boolean breaks(PairFacts pair, Policy policy) {
            return startsTooLate(pair, policy) || tooShort(pair, policy);
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            var start = Pairs.start(family, offer);
            int months = Pairs.monthsAvailable(family, offer);
            FactPair pair = new FactPair(family, offer);
            boolean late = startsTooLate(pair, policy);
            String startText = late
                    ? "Room free only from %s, more than %d days after %s".formatted(start, policy.arrivalWindowDays(),
                            family.neededFrom())
                    : "Room free by %s (needed from %s)".formatted(start, family.neededFrom());
            boolean open = months == Pairs.UNLIMITED_MONTHS;
            boolean tooShort = tooShort(pair, policy);
            String stayText = open ? "no end date"
                    : "%s%s available, at least %d needed".formatted(tooShort ? "only " : "",
                            count(months, "month"), monthsNeeded(pair, policy));
            // Six sentences: the start on time or late, and the stay open-ended, long enough or too short.
            String key = "H13." + (late ? "late" : "onTime") + (open ? "Open" : tooShort ? "Short" : "Enough");
            return Sentence.of(key, startText + "; " + stayText, "start", start.toString(),
                    "neededFrom", family.neededFrom().toString(), "windowDays", policy.arrivalWindowDays(),
                    "count", open ? null : months, "monthsNeeded", monthsNeeded(pair, policy));
        }

        private static boolean startsTooLate(PairFacts pair, Policy policy) {
            return Pairs.startDay(pair) > pair.neededFromDay() + policy.arrivalWindowDays();
        }

        private static boolean tooShort(PairFacts pair, Policy policy) {
            return Pairs.monthsAvailable(pair) < monthsNeeded(pair, policy);
        }

        private static int monthsNeeded(PairFacts pair, Policy policy) {
            return Math.min(pair.expectedStayMonths(), policy.minimumStayMonths());
        }
    },

    H14("distance cap") {
        @Override
        boolean breaks(PairFacts pair, Policy policy) {
            // Without a preferred location there is nothing to measure the cap from.
            return pair.maxDistanceKm() != null && pair.hasLocation() && pair.distanceKm() > pair.maxDistanceKm();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (family.maxDistanceKm() == null) {
                return Sentence.of("H14.noLimit", "No distance limit");
            }
            if (!family.hasLocation()) {
                return Sentence.of("H14.noArea", "Distance limit of %d km, but no preferred area".formatted(
                        family.maxDistanceKm()), "limit", family.maxDistanceKm());
            }
            boolean breaks = breaks(family, offer, policy);
            return Sentence.of(breaks ? "H14.beyond" : "H14.within", "%d km, %s the %d km limit".formatted(
                    Pairs.distanceKm(family, offer), breaks ? "beyond" : "within", family.maxDistanceKm()),
                    "km", Pairs.distanceKm(family, offer), "limit", family.maxDistanceKm());
        }
    };

    private static final PairRule[] ALL = values();

    private final String title;

    PairRule(String title) {
        this.title = title;
    }

    /**
     * True when the pair breaks this rule under the run's policy. H3–H12 are each one need of the
     * family that the offer must meet ({@link #needs}, {@link #meets}), so that
     * {@link #needsMask}/{@link #lacksMask} can test all ten at once with the same definitions; the
     * others (H1, H2, H13, H14) compare numbers of the pair ({@link #breaks(PairFacts, Policy)}).
     */
    public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
        return isOneNeed() ? needs(family) && !meets(offer) : breaks(new FactPair(family, offer), policy);
    }

    /** For a rule that is not one need (H1, H2, H13, H14): whether the pair breaks it. */
    boolean breaks(PairFacts pair, Policy policy) {
        throw new UnsupportedOperationException(name() + " is one need of the family: see needs and meets");
    }

    private boolean isOneNeed() {
        return ONE_NEED.contains(this);
    }

    /** For a rule that is one need (H3–H12): whether the family has it. */
    boolean needs(FamilyFact family) {
        throw new UnsupportedOperationException(name() + " is not one need of the family");
    }

    /** For a rule that is one need (H3–H12): whether the offer meets it. */
    boolean meets(OfferFact offer) {
        throw new UnsupportedOperationException(name() + " is not one need of the family");
    }

    private static final PairRule[] NEEDS = {H3, H4, H5, H6, H7, H8, H9, H10, H11, H12};
    private static final Set<PairRule> ONE_NEED = EnumSet.copyOf(List.of(NEEDS));
    /** The rules {@link #needsMask}/{@link #lacksMask} do not cover, each read from {@link PairFacts}. */
    private static final PairRule[] BEYOND_NEEDS = Arrays.stream(ALL).filter(rule -> !ONE_NEED.contains(rule))
            .toArray(PairRule[]::new);

    /** One bit per rule of H3–H12 the family needs met; see {@link #lacksMask}. */
    public static long needsMask(FamilyFact family) {
        long mask = 0;
        for (int bit = 0; bit < NEEDS.length; bit++) {
            if (NEEDS[bit].needs(family)) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    /**
     * One bit per rule of H3–H12 the offer does not meet: {@code needsMask(family) & lacksMask(offer)}
     * is not 0 exactly when the pair breaks one of them, a test on two numbers that pricing and the
     * candidate lists make for millions of pairs before they look at the pair in full.
     */
    public static long lacksMask(OfferFact offer) {
        long mask = 0;
        for (int bit = 0; bit < NEEDS.length; bit++) {
            if (!NEEDS[bit].meets(offer)) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    /** The check in a caseworker's words, as it turned out for this pair (passed or broken). */
    abstract Sentence sentence(FamilyFact family, OfferFact offer, Policy policy);

    /** The rule's id and name as docs/matching.md writes them, e.g. "H1 capacity"; also the constraint's name. */
    public String constraintName() {
        return name() + " " + title;
    }

    public Line check(FamilyFact family, OfferFact offer, Policy policy) {
        return Line.hard(name(), !breaks(family, offer, policy), sentence(family, offer, policy));
    }

    /** True when the pair breaks none of H1–H14. */
    public static boolean allPass(FamilyFact family, OfferFact offer, Policy policy) {
        for (PairRule rule : ALL) {
            if (rule.breaks(family, offer, policy)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the pair breaks none of the rules beyond H3–H12, for a pair whose masks already
     * showed it breaks none of H3–H12 ({@link #needsMask}, {@link #lacksMask}).
     */
    static boolean allPassBeyondNeeds(PairFacts pair, Policy policy) {
        for (PairRule rule : BEYOND_NEEDS) {
            if (rule.breaks(pair, policy)) {
                return false;
            }
        }
        return true;
    }

    /** H1–H14 in order, each as checked for the pair. */
    public static List<Line> checkAll(FamilyFact family, OfferFact offer, Policy policy) {
        List<Line> lines = new ArrayList<>(ALL.length);
        for (PairRule rule : ALL) {
            lines.add(rule.check(family, offer, policy));
        }
        return lines;
    }

    private static String people(int size) {
        return size == 1 ? "1 person" : size + " people";
    }

    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
