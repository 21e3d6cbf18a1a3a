package org.haven.matching.solver.io;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.haven.matching.solver.Candidates;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;

/**
 * Drops the offers a family can never take, so the solver searches far fewer values: those that
 * break one of H1–H14 or H15 ({@link Candidates#allowed}, which reads the rules' own definitions).
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
        return Candidates.allowed(family, offer, rejected, policy);
    }
}
