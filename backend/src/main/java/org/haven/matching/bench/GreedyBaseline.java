package org.haven.matching.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.PairCosts;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;

/**
 * The baseline of docs/matching.md "Quality is measured": the most urgent family first (largest
 * first among equally urgent ones), each taking its cheapest (S1–S5) feasible offer still free.
 */
public final class GreedyBaseline {

    private GreedyBaseline() {
    }

    /** One offer (or null) per entry of the solution's assignments, in order; pinned pairs stay. */
    public static List<OfferFact> solve(MatchingSolution solution) {
        Policy policy = solution.getPolicy();
        List<Assignment> assignments = solution.getAssignments();
        Set<RejectedPair> rejected = new HashSet<>(solution.getRejectedPairs());
        Set<OfferFact> taken = new HashSet<>();
        List<OfferFact> result = new ArrayList<>(assignments.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            result.add(assignment.isPinned() ? assignment.getOffer() : null);
            if (assignment.isPinned()) {
                if (assignment.getOffer() != null) {
                    taken.add(assignment.getOffer());
                }
            } else {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingInt(i -> -policy.urgencyWeight(assignments.get(i).getFamily().urgency()))
                .thenComparingInt(i -> -assignments.get(i).getFamily().size()));
        for (int i : order) {
            FamilyFact family = assignments.get(i).getFamily();
            OfferFact best = null;
            long bestCost = Long.MAX_VALUE;
            for (OfferFact offer : assignments.get(i).getCandidates()) {
                if (taken.contains(offer) || !PairCosts.feasible(family, offer, policy)
                        || rejected.contains(new RejectedPair(family.id(), offer.id()))) {
                    continue;
                }
                long cost = PairCosts.softCost(family, offer, policy);
                if (cost < bestCost) {
                    best = offer;
                    bestCost = cost;
                }
            }
            if (best != null) {
                taken.add(best);
                result.set(i, best);
            }
        }
        return result;
    }
}
