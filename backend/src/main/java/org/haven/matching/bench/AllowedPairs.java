package org.haven.matching.bench;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.Candidates;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.OfferIndex;
import org.haven.matching.solver.RejectedPair;

/**
 * How many pairs of a run are allowed (break none of H1–H14 nor H15, the offer not pinned to
 * another family): the size of the problem the exact optimum is proven over, against which the
 * benchmark sets the pairs the exact phase actually held. Counted on every core, each family's
 * offers within its distance cap only.
 */
final class AllowedPairs {

    private AllowedPairs() {
    }

    static long count(MatchingSolution run) {
        Set<OfferFact> pinned = new HashSet<>();
        for (Assignment assignment : run.getAssignments()) {
            if (assignment.isPinned() && assignment.getOffer() != null) {
                pinned.add(assignment.getOffer());
            }
        }
        OfferIndex index = new OfferIndex(run.getOffers().stream().filter(offer -> !pinned.contains(offer)).toList());
        Set<RejectedPair> rejected = Set.copyOf(run.getRejectedPairs());
        LongAdder allowed = new LongAdder();
        run.getAssignments().parallelStream().filter(assignment -> !assignment.isPinned()).forEach(assignment -> {
            FamilyFact family = assignment.getFamily();
            allowed.add(Candidates.countAllowed(family, index, rejected, run.getPolicy()));
        });
        return allowed.sum();
    }
}
