package org.haven.matching.solver.io;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.PairCosts;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;

/**
 * Drops the offers a family can never take, so the solver searches far fewer values: those that
 * break one of H1–H14 (the rules' own definitions, through {@link PairCosts#feasible}) or H15.
 * H16 depends on the other families. The constraints still score every rule, as a safety net.
 */
public final class CandidateFilter {

    private CandidateFilter() {
    }

    public static List<OfferFact> candidates(FamilyFact family, Collection<OfferFact> offers, Set<RejectedPair> rejected,
                                             Policy policy) {
        return offers.stream().filter(offer -> allowed(family, offer, rejected, policy)).toList();
    }

    public static boolean allowed(FamilyFact family, OfferFact offer, Set<RejectedPair> rejected, Policy policy) {
        return PairCosts.feasible(family, offer, policy)
                && (rejected.isEmpty() || !rejected.contains(new RejectedPair(family.id(), offer.id())));
    }
}
