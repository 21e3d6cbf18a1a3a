package org.haven.matching.solver;

import org.haven.matching.solver.PairExplanation.Line;

/**
 * S7 of docs/matching.md, defined once: a family that holds an undecided proposal from the
 * previous run ({@code previousProposals}) pays the weight when the run gives it another offer or
 * none, so that a new run does not reshuffle proposals a caseworker is reviewing for no real gain.
 */
public final class KeepProposal {

    public static final String ID = "S7";
    public static final String CONSTRAINT_NAME = "S7 keep undecided proposals";

    private KeepProposal() {
    }

    /** The penalty of giving {@code offer} (null: no offer) to the family. */
    public static long penalty(FamilyFact family, OfferFact offer, Policy policy) {
        return changes(family, offer) ? policy.keepProposalWeight() : 0;
    }

    /** True when the family held a previous proposal and the run moves it elsewhere or leaves it out. */
    public static boolean changes(FamilyFact family, OfferFact offer) {
        String previous = family.previousOfferId();
        return previous != null && (offer == null || !previous.equals(offer.id()));
    }

    /** S7 for an assigned pair. */
    public static Line line(FamilyFact family, OfferFact offer, Policy policy) {
        if (family.previousOfferId() == null) {
            return Line.soft(ID, 0, Sentence.of("S7.none", "No undecided proposal from the previous run"));
        }
        return changes(family, offer)
                ? Line.soft(ID, penalty(family, offer, policy),
                        Sentence.of("S7.moved", "Moved from the offer proposed in the previous run"))
                : Line.soft(ID, 0, Sentence.of("S7.kept", "Keeps the offer proposed in the previous run"));
    }
}
