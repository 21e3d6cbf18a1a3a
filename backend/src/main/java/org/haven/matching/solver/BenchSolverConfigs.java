package org.haven.matching.solver;

import java.time.Duration;
import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The two solver set-ups the benchmark compares, both on Bavet with a time limit. */
public final class BenchSolverConfigs {

    /** Time the exact phase leaves to local search and the end of the run. */
    private static final Duration PHASE_MARGIN = Duration.ofSeconds(2);

    private BenchSolverConfigs() {
    }

    private static SolverConfig base(Duration limit) {
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationSpentLimit(limit);
    }

    /** Plain OptaPlanner: first fit, then late acceptance for the rest of the limit. */
    public static SolverConfig plain(Duration limit) {
        return base(limit).withPhases(
                new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE));
    }

    /**
     * Haven: the exact assignment (optimal without S6, steered by S6 with linked families while
     * the limit less 2 s allows), then late acceptance for S6, which stops
     * early once it has not improved for {@code unimproved} (without linked families at once).
     */
    public static SolverConfig haven(Duration limit, Duration unimproved) {
        return base(limit).withPhases(
                new CustomPhaseConfig().withCustomPhaseCommandList(List.of(
                        new ExactAssignmentPhase(limit.minus(PHASE_MARGIN)))),
                new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                        .withTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(unimproved)));
    }
}
