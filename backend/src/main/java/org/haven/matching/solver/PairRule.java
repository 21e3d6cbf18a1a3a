package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.size() > offer.maxGuests();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            return "%s, room for %s %d".formatted(people(family.size()),
                    breaks(family, offer, policy) ? "only" : "up to", offer.maxGuests());
        }
    },

    H2("bedrooms") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.bedroomsNeeded() > offer.bedrooms();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            return "Needs %s, the offer has %d".formatted(count(family.bedroomsNeeded(), "bedroom"), offer.bedrooms());
        }
    },

    H3("step-free") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return needsStepFree(family) && offer.stepFree() != StepFree.ALL;
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!needsStepFree(family)) {
                return "No step-free need";
            }
            return offer.stepFree() == StepFree.ALL ? "Needs step-free access; the home is step-free throughout"
                    : "Needs step-free access; the home's step-free access is " + words(offer.stepFree());
        }

        private static boolean needsStepFree(FamilyFact family) {
            return family.needs().needsStepFree() || family.anyWheelchairUser();
        }
    },

    H4("wheelchair bathroom") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.anyWheelchairUser() && !offer.wheelchairBathroom();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.anyWheelchairUser()) {
                return "No wheelchair user";
            }
            return offer.wheelchairBathroom() ? "A wheelchair user; the bathroom is wheelchair-accessible"
                    : "A wheelchair user needs an accessible bathroom; the offer has none";
        }
    },

    H5("ground floor") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.needs().needsGroundFloorBedroom() && !offer.groundFloorBedroom();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().needsGroundFloorBedroom()) {
                return "No ground-floor bedroom needed";
            }
            return offer.groundFloorBedroom() ? "Needs a ground-floor bedroom; the offer has one"
                    : "Needs a ground-floor bedroom; the offer has none";
        }
    },

    H6("pets") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.needs().hasPets() && !offer.petsAllowed();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().hasPets()) {
                return "Brings no pets";
            }
            return offer.petsAllowed() ? "Brings pets; pets are allowed" : "Brings pets; pets are not allowed";
        }
    },

    H7("allergy") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.needs().petAllergy() && offer.host().hasPets();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().petAllergy()) {
                return "No pet allergy";
            }
            return offer.host().hasPets() ? "Pet allergy; the host household has pets"
                    : "Pet allergy; the host household has no pets";
        }
    },

    H8("smoking") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.needs().smoker() && !offer.smokingAllowed();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().smoker()) {
                return "No smoker";
            }
            return offer.smokingAllowed() ? "Smoker; smoking is allowed" : "Smoker; smoking is not allowed";
        }
    },

    H9("children") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.hasChild() && (!offer.childrenWelcome() || !barredListChecked(offer));
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.hasChild()) {
                return "No children";
            }
            if (!breaks(family, offer, policy)) {
                return "Children welcome; host DBS check is enhanced with barred list";
            }
            List<String> missing = new ArrayList<>();
            if (!offer.childrenWelcome()) {
                missing.add("children are not welcome");
            }
            if (!barredListChecked(offer)) {
                missing.add("host DBS check is " + words(offer.host().dbsLevel()) + ", not enhanced with barred list");
            }
            return "Family has children; " + String.join(" and ", missing);
        }

        private static boolean barredListChecked(OfferFact offer) {
            return offer.host().dbsLevel() == DbsLevel.ENHANCED_WITH_BARRED_LIST;
        }
    },

    H10("women-only offer") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return offer.womenOnly() && family.hasMaleAged16Plus();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!offer.womenOnly()) {
                return "Not a women-only offer";
            }
            return family.hasMaleAged16Plus() ? "Women-only offer; the family includes a male aged 16 or over"
                    : "Women-only offer; no male aged 16 or over in the family";
        }
    },

    H11("no single-male household") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return applies(family, offer) && !offer.host().hasAdultWoman();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!applies(family, offer)) {
                return family.adultsAllFemale() ? "All adults are women; the home is self-contained"
                        : "Not an all-women adult family";
            }
            return offer.host().hasAdultWoman()
                    ? "All adults are women, in a room in the host's home; a woman lives in the host household"
                    : "All adults are women, in a room in the host's home; no adult woman lives in the host household";
        }

        private static boolean applies(FamilyFact family, OfferFact offer) {
            return family.adultsAllFemale() && offer.type() == OfferType.ROOM_IN_HOME;
        }
    },

    H12("LGBTQI+") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return family.needs().needsLgbtqiAffirming() && !offer.lgbtqiAffirming();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (!family.needs().needsLgbtqiAffirming()) {
                return "No LGBTQI+ affirming need";
            }
            return offer.lgbtqiAffirming() ? "Needs an LGBTQI+ affirming home; the host is affirming"
                    : "Needs an LGBTQI+ affirming home; the host has not said they are";
        }
    },

    H13("dates") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            return startsTooLate(family, offer, policy) || tooShort(family, offer, policy);
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            var start = Pairs.start(family, offer);
            int months = Pairs.monthsAvailable(family, offer);
            String startText = startsTooLate(family, offer, policy)
                    ? "Room free only from %s, more than %d days after %s".formatted(start, policy.arrivalWindowDays(),
                            family.neededFrom())
                    : "Room free by %s (needed from %s)".formatted(start, family.neededFrom());
            String stayText = months == Pairs.UNLIMITED_MONTHS ? "no end date"
                    : "%s%s available, at least %d needed".formatted(tooShort(family, offer, policy) ? "only " : "",
                            count(months, "month"), monthsNeeded(family, policy));
            return startText + "; " + stayText;
        }

        private static boolean startsTooLate(FamilyFact family, OfferFact offer, Policy policy) {
            return Pairs.start(family, offer).isAfter(family.neededFrom().plusDays(policy.arrivalWindowDays()));
        }

        private static boolean tooShort(FamilyFact family, OfferFact offer, Policy policy) {
            return Pairs.monthsAvailable(family, offer) < monthsNeeded(family, policy);
        }

        private static int monthsNeeded(FamilyFact family, Policy policy) {
            return Math.min(family.expectedStayMonths(), policy.minimumStayMonths());
        }
    },

    H14("distance cap") {
        @Override
        public boolean breaks(FamilyFact family, OfferFact offer, Policy policy) {
            // Without a preferred location there is nothing to measure the cap from.
            return family.maxDistanceKm() != null && family.hasLocation()
                    && Pairs.distanceKm(family, offer) > family.maxDistanceKm();
        }

        @Override
        String sentence(FamilyFact family, OfferFact offer, Policy policy) {
            if (family.maxDistanceKm() == null) {
                return "No distance limit";
            }
            if (!family.hasLocation()) {
                return "Distance limit of %d km, but no preferred area".formatted(family.maxDistanceKm());
            }
            return "%d km, %s the %d km limit".formatted(Pairs.distanceKm(family, offer),
                    breaks(family, offer, policy) ? "beyond" : "within", family.maxDistanceKm());
        }
    };

    private static final PairRule[] ALL = values();

    private final String title;

    PairRule(String title) {
        this.title = title;
    }

    /** True when the pair breaks this rule under the run's policy. */
    public abstract boolean breaks(FamilyFact family, OfferFact offer, Policy policy);

    /** The check in a caseworker's words, as it turned out for this pair (passed or broken). */
    abstract String sentence(FamilyFact family, OfferFact offer, Policy policy);

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
