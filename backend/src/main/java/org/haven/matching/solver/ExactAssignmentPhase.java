package org.haven.matching.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * A custom phase that writes {@link ExactAssignment}'s optimum (without S6) into the working
 * solution; local search after it only has the cross-pair terms (S6) left to improve.
 *
 * <p>OptaPlanner 9.44 keeps this interface in {@code org.optaplanner.core.impl.phase.custom}
 * ({@code ...api.solver.phase.custom} is Timefold's later package).
 */
public class ExactAssignmentPhase implements CustomPhaseCommand<MatchingSolution> {

    private static final String OFFER = "offer";
    /** Re-solves steered by S6; each costs one exact solve. */
    static final int LINK_ROUNDS = 3;

    private final Deadline stop;
    private final Deadline fillBy;
    private final Deadline roundsBy;
    private final ExactPhaseOutcome outcome;

    /** Runs to the end, steering by S6 for at most {@link #LINK_ROUNDS} rounds, however long they take. */
    public ExactAssignmentPhase() {
        this(Deadline.NONE, Deadline.NONE, new ExactPhaseOutcome());
    }

    /**
     * Stops at {@code stop} with the feasible answer found so far (see {@link ExactAssignment}),
     * noted in {@code outcome}, and starts no S6 round that would end (judged by the last solve's
     * time) after {@code roundsBy}.
     */
    public ExactAssignmentPhase(Deadline stop, Deadline roundsBy, ExactPhaseOutcome outcome) {
        this(stop, Deadline.NONE, roundsBy, outcome);
    }

    /** The same, a solve cut at {@code stop} housing the families it left out from free offers until {@code fillBy}. */
    public ExactAssignmentPhase(Deadline stop, Deadline fillBy, Deadline roundsBy, ExactPhaseOutcome outcome) {
        this.stop = stop;
        this.fillBy = fillBy;
        this.roundsBy = roundsBy;
        this.outcome = outcome;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        MatchingSolution working = scoreDirector.getWorkingSolution();
        List<Assignment> assignments = working.getAssignments();
        ExactAssignment.Result first = ExactAssignment.solve(working, null, stop, fillBy);
        outcome.record(first);
        List<OfferFact> offers = first.complete() ? steerByLinks(working, first, roundsBy, stop) : first.offers();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            OfferFact offer = offers.get(i);
            if (assignment.isPinned() || assignment.getOffer() == offer) {
                continue;
            }
            if (offer != null && !assignment.getCandidates().contains(offer)) {
                // Added by pricing: the offer joins the family's value range, so local search may keep or move it.
                assignment.addCandidates(List.of(offer));
            }
            scoreDirector.beforeVariableChanged(assignment, OFFER);
            assignment.setOffer(offer);
            scoreDirector.afterVariableChanged(assignment, OFFER);
        }
        scoreDirector.triggerVariableListeners();
    }

    /**
     * With linked families: re-solve a few times with each linked family's S6 against its
     * partners' offers of the previous answer added to its pair costs (half of it, as
     * both partners pay it; measured better than the whole at 5,000 families, and more than 3
     * rounds did not help), keeping the answer with
     * the least S1–S7. The medium stays optimal (the extra cost is soft); S6 is not exact.
     */
    static List<OfferFact> steerByLinks(MatchingSolution working, ExactAssignment.Result first) {
        return steerByLinks(working, first, Deadline.NONE, Deadline.NONE);
    }

    /** Rounds start only if, judged by the last solve's time, they end by {@code roundsBy}; one cut by {@code stop} is dropped. */
    static List<OfferFact> steerByLinks(MatchingSolution working, ExactAssignment.Result first, Deadline roundsBy,
                                        Deadline stop) {
        List<Assignment> assignments = working.getAssignments();
        Links links = Links.of(assignments);
        List<List<Integer>> partners = links.partners();
        boolean anyLink = !links.pairs().isEmpty();
        if (!anyLink) {
            return first.offers();
        }
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            indexOf.put(assignments.get(i).getFamily().id(), i);
        }
        Policy policy = working.getPolicy();
        List<OfferFact> best = first.offers();
        long bestCost = first.softCost() + linkedApart(best, partners, policy);
        List<OfferFact> previous = best;
        long lastNanos = first.millis() * 1_000_000;
        for (int round = 0; round < LINK_ROUNDS && roundsBy.remaining().toNanos() > lastNanos; round++) {
            long roundStarted = System.nanoTime();
            List<OfferFact> fixed = previous;
            ExactAssignment.Result next = ExactAssignment.solve(working, (assignment, offer) -> {
                long cost = 0;
                for (int j : partners.get(indexOf.get(assignment.getFamily().id()))) {
                    OfferFact other = fixed.get(j);
                    if (other != null) {
                        // Half on each side: both partners of a pair pay it, the pair's S6 is counted once.
                        cost += LinkedApart.penalty(offer, other, policy) / 2;
                    }
                }
                return cost;
            }, stop);
            if (!next.complete()) {
                break;
            }
            long cost = next.softCost() + linkedApart(next.offers(), partners, policy);
            if (next.unhousedWeight() == first.unhousedWeight() && cost < bestCost) {
                best = next.offers();
                bestCost = cost;
            }
            previous = next.offers();
            lastNanos = System.nanoTime() - roundStarted;
        }
        return best;
    }

    private static long linkedApart(List<OfferFact> offers, List<List<Integer>> partners, Policy policy) {
        long total = 0;
        for (int i = 0; i < offers.size(); i++) {
            for (int j : partners.get(i)) {
                if (i < j && offers.get(i) != null && offers.get(j) != null) {
                    total += LinkedApart.penalty(offers.get(i), offers.get(j), policy);
                }
            }
        }
        return total;
    }
}
