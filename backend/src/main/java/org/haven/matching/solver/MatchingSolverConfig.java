package org.haven.matching.solver;

import java.time.Duration;
import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/** The one production solver configuration: the app and the command line both solve with it. */
public final class MatchingSolverConfig {

    private MatchingSolverConfig() {
    }

    /** Bavet streams over the matching model, the {@link #phases()} below, stopping after {@code timeLimit}. */
    public static SolverConfig production(Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationSpentLimit(timeLimit)
                .withPhaseList(phases());
    }

    /**
     * The search, in order: a construction heuristic gives every family an offer or none, then late
     * acceptance improves it (change and swap moves) until the time limit.
     */
    static List<PhaseConfig> phases() {
        return List.of(
                new ConstructionHeuristicPhaseConfig(),
                new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE));
    }
}
