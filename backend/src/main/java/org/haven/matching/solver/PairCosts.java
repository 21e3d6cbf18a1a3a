package org.haven.matching.solver;

/**
 * The per-pair view of docs/matching.md for the code that works outside the constraint streams
 * (the candidate lists, the exact assignment, the greedy baseline): feasibility under H1–H14 and
 * the soft cost S1–S5, both read from the one definition of each rule ({@link PairRule},
 * {@link PairTerm}). H15 and H16 depend on the run, S6 on two pairs and S7 on the previous run.
 */
public final class PairCosts {

    private PairCosts() {
    }

    /** True when the pair breaks none of H1–H14 under the policy. */
    public static boolean feasible(FamilyFact family, OfferFact offer, Policy policy) {
        return PairRule.allPass(family, offer, policy);
    }

    /** S1–S5 of the pair (S6 is between pairs), as a positive penalty. */
    public static long softCost(FamilyFact family, OfferFact offer, Policy policy) {
        return PairTerm.total(family, offer, policy);
    }

    /** The medium weight of housing the family: size × urgency weight. */
    public static long housedWeight(FamilyFact family, Policy policy) {
        return (long) family.size() * policy.urgencyWeight(family.urgency());
    }
}
