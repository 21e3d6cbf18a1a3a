package org.haven.matching.solver;

import org.haven.matching.solver.PairExplanation.Line;

/**
 * S6 of docs/matching.md, defined once: two linked families both assigned pay
 * max(0, km between their offers − 10) × weight, once per pair of families.
 */
public final class LinkedApart {

    public static final String ID = "S6";
    public static final String CONSTRAINT_NAME = "S6 linked families apart";
    /** S6 starts counting past this many km between linked families' offers. */
    static final int FREE_KM = 10;

    private LinkedApart() {
    }

    public static long penalty(OfferFact own, OfferFact other, Policy policy) {
        return (long) Math.max(0, Pairs.distanceKm(own, other) - FREE_KM) * policy.linkedApartWeight();
    }

    /** S6 as one of the two families sees it, the other placed at {@code other} (or nowhere). */
    public static Line line(OfferFact own, OfferFact other, Policy policy, String otherReference) {
        if (other == null) {
            return Line.soft(ID, 0, Sentence.of("S6.noOffer",
                    "Linked family %s has no offer in this run".formatted(otherReference), "reference", otherReference));
        }
        int km = Pairs.distanceKm(own, other);
        return Line.soft(ID, penalty(own, other, policy), Sentence.of("S6.apart",
                "Linked family %s placed %d km away".formatted(otherReference, km), "reference", otherReference,
                "km", km));
    }

    public static Line noLinks() {
        return Line.soft(ID, 0, Sentence.of("S6.noLinks", "No linked families"));
    }
}
