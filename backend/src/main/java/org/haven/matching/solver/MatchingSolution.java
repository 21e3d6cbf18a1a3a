package org.haven.matching.solver;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** One matching run's problem and, once solved, its answer (docs/matching.md "What enters a run"). */
@PlanningSolution
public class MatchingSolution {

    @ProblemFactProperty
    private Policy policy;
    @ProblemFactCollectionProperty
    private List<HostFact> hosts;
    @ProblemFactCollectionProperty
    private List<OfferFact> offers;
    @ProblemFactCollectionProperty
    private List<RejectedPair> rejectedPairs;
    @PlanningEntityCollectionProperty
    private List<Assignment> assignments;
    @PlanningScore
    private HardMediumSoftScore score;
    /**
     * True when each family's candidates are only its cheapest allowed offers ({@link Candidates}):
     * the exact phase then prices every other allowed pair and adds those that could improve the answer.
     */
    private boolean cheapestCandidates;

    /** For OptaPlanner's cloning. */
    public MatchingSolution() {
    }

    public MatchingSolution(Policy policy, List<HostFact> hosts, List<OfferFact> offers,
                            List<RejectedPair> rejectedPairs, List<Assignment> assignments) {
        this.policy = policy;
        this.hosts = hosts;
        this.offers = offers;
        this.rejectedPairs = rejectedPairs;
        this.assignments = assignments;
    }

    /** The same run whose candidate lists hold each family's cheapest allowed offers, not all of them. */
    public MatchingSolution withCheapestCandidates() {
        cheapestCandidates = true;
        return this;
    }

    public boolean hasCheapestCandidates() {
        return cheapestCandidates;
    }

    public Policy getPolicy() {
        return policy;
    }

    public List<HostFact> getHosts() {
        return hosts;
    }

    public List<OfferFact> getOffers() {
        return offers;
    }

    public List<RejectedPair> getRejectedPairs() {
        return rejectedPairs;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
