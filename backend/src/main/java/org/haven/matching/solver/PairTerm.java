package org.haven.matching.solver;

import static org.haven.matching.solver.PairRule.count;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.haven.matching.solver.PairExplanation.Line;

/**
 * The soft terms of docs/matching.md that one assigned pair pays (S1–S5), each defined once: its
 * id and name, its penalty under the policy's weight, and its sentence. S6 (between two pairs)
 * is {@link LinkedApart}; S7 (per family) is {@link KeepProposal}.
 */
public enum PairTerm {

    S1("distance") {
        @Override
        long penalty(PairFacts pair, Policy policy) {
            // 0 when the family gave no location.
            return pair.hasLocation() ? (long) pair.distanceKm() * policy.distanceWeight() : 0;
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, String preferredPlace) {
            Integer km = Pairs.distanceKm(family, offer);
            if (km == null) {
                return Sentence.of("S1.noArea", "No preferred area given");
            }
            boolean named = preferredPlace != null && !preferredPlace.isBlank();
            return Sentence.of(named ? "S1.kmFromPlace" : "S1.km", "%d km from preferred area%s".formatted(km,
                    named ? " (" + preferredPlace + ")" : ""), "km", km, "place", named ? preferredPlace : null);
        }
    },

    S2("spare beds") {
        @Override
        long penalty(PairFacts pair, Policy policy) {
            return (long) spareBeds(pair) * policy.spareBedsWeight();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, String preferredPlace) {
            int spare = spareBeds(new FactPair(family, offer));
            return spare == 0 ? Sentence.of("S2.none", "No spare beds")
                    : Sentence.of("S2.spare", count(spare, "spare bed"), "count", spare);
        }

        /** An over-full offer (H1 broken) has no spare beds rather than a reward. */
        private static int spareBeds(PairFacts pair) {
            return Math.max(0, pair.offerMaxGuests() - pair.familySize());
        }
    },

    S3("no shared language") {
        @Override
        long penalty(PairFacts pair, Policy policy) {
            return pair.sharesLanguage() ? 0 : policy.noSharedLanguageWeight();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, String preferredPlace) {
            Set<String> shared = new TreeSet<>(family.languages());
            shared.retainAll(offer.host().languages());
            return shared.isEmpty() ? Sentence.of("S3.none", "No language shared with the host")
                    : Sentence.of("S3.shared", "Shares " + PairExplanation.languageList(shared) + " with the host",
                            "languages", List.copyOf(shared));
        }
    },

    S4("short stay") {
        @Override
        long penalty(PairFacts pair, Policy policy) {
            return (long) monthsShort(pair) * policy.shortStayWeight();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, String preferredPlace) {
            int months = Pairs.monthsAvailable(family, offer);
            int expected = family.expectedStayMonths();
            if (months == Pairs.UNLIMITED_MONTHS) {
                return Sentence.of("S4.open", "No end date: covers the expected %s".formatted(count(expected, "month")),
                        "count", expected);
            }
            int shortBy = monthsShort(new FactPair(family, offer));
            return shortBy == 0
                    ? Sentence.of("S4.covers", "Available %s, covers the expected %d".formatted(
                            count(months, "month"), expected), "count", months, "expected", expected)
                    : Sentence.of("S4.short", "Available %s of the %d expected (%d short)".formatted(
                            count(months, "month"), expected, shortBy),
                            "count", months, "expected", expected, "shortBy", shortBy);
        }

        private static int monthsShort(PairFacts pair) {
            int available = Pairs.monthsAvailable(pair);
            return available == Pairs.UNLIMITED_MONTHS ? 0 : Math.max(0, pair.expectedStayMonths() - available);
        }
    },

    S5("wait for the room") {
        @Override
        long penalty(PairFacts pair, Policy policy) {
            return (long) Pairs.waitDays(pair) * policy.waitForRoomWeight();
        }

        @Override
        Sentence sentence(FamilyFact family, OfferFact offer, String preferredPlace) {
            int wait = Pairs.waitDays(family, offer);
            return wait == 0 ? Sentence.of("S5.noWait", "Room free when needed")
                    : Sentence.of("S5.wait", "Room free %s after it is needed".formatted(count(wait, "day")),
                            "count", wait);
        }
    };

    private static final PairTerm[] ALL = values();

    private final String title;

    PairTerm(String title) {
        this.title = title;
    }

    /** The term's penalty for the pair, the policy's weight applied (never negative). */
    public long penalty(FamilyFact family, OfferFact offer, Policy policy) {
        return penalty(new FactPair(family, offer), policy);
    }

    /** The same, the term's one definition, read from the pair's numbers. */
    abstract long penalty(PairFacts pair, Policy policy);

    /** The term in a caseworker's words; {@code preferredPlace} names the family's area for S1. */
    abstract Sentence sentence(FamilyFact family, OfferFact offer, String preferredPlace);

    public String constraintName() {
        return name() + " " + title;
    }

    public Line line(FamilyFact family, OfferFact offer, Policy policy, String preferredPlace) {
        return Line.soft(name(), penalty(family, offer, policy), sentence(family, offer, preferredPlace));
    }

    /** S1–S5 of the pair added up. */
    public static long total(FamilyFact family, OfferFact offer, Policy policy) {
        return total(new FactPair(family, offer), policy);
    }

    static long total(PairFacts pair, Policy policy) {
        long total = 0;
        for (PairTerm term : ALL) {
            total += term.penalty(pair, policy);
        }
        return total;
    }

    /**
     * An upper bound on S1–S5 of any pair of the family that breaks no hard rule, when every offer
     * is at most {@code maxKm} away and takes at most {@code maxGuests}: the exact phase folds the
     * medium into its pair costs with a factor larger than any total soft, and must know that factor
     * before it has looked at every pair. Each term's bound follows from its definition above (S5
     * from H13: a feasible pair starts at most the arrival window after the family's date).
     */
    public static long upperBound(FamilyFact family, Policy policy, long maxKm, int maxGuests) {
        return (family.hasLocation() ? maxKm * policy.distanceWeight() : 0)
                + (long) Math.max(0, maxGuests - family.size()) * policy.spareBedsWeight()
                + policy.noSharedLanguageWeight()
                + (long) family.expectedStayMonths() * policy.shortStayWeight()
                + (long) Math.max(0, policy.arrivalWindowDays()) * policy.waitForRoomWeight();
    }

    static PairTerm[] all() {
        return ALL;
    }
}
