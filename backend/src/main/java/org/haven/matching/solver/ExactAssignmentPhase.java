package org.haven.matching.solver;

import java.util.List;

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

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        MatchingSolution working = scoreDirector.getWorkingSolution();
        List<OfferFact> offers = ExactAssignment.solve(working).offers();
        List<Assignment> assignments = working.getAssignments();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            OfferFact offer = offers.get(i);
            if (assignment.isPinned() || assignment.getOffer() == offer) {
                continue;
            }
            scoreDirector.beforeVariableChanged(assignment, OFFER);
            assignment.setOffer(offer);
            scoreDirector.afterVariableChanged(assignment, OFFER);
        }
        scoreDirector.triggerVariableListeners();
    }
}
