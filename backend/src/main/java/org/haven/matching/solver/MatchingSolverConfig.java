package org.haven.matching.solver;

import java.time.Duration;
import java.util.List;

import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * The one production solver configuration: the app, the {@code solve} command and the Haven row
 * of the benchmark all solve with it (docs/matching-benchmark.md has its figures).
 */
public final class MatchingSolverConfig {

    /** Left for local search after the exact phase's S6 re-solves (they stop by then). */
    private static final Duration LOCAL_SEARCH_MARGIN = Duration.ofSeconds(2);
    /** Local search only improves S6 (linked families); without improvement it stops early. */
    static final Duration UNIMPROVED_LIMIT = Duration.ofSeconds(2);

    private MatchingSolverConfig() {
    }

    /** Bavet streams over the matching model, the {@link #phases} below, stopping after {@code timeLimit}. */
    public static SolverConfig production(Duration timeLimit) {
        return production(timeLimit, UNIMPROVED_LIMIT);
    }

    static SolverConfig production(Duration timeLimit, Duration unimprovedLimit) {
        return base(timeLimit).withPhaseList(phases(timeLimit, unimprovedLimit));
    }

    static SolverConfig base(Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationSpentLimit(timeLimit);
    }

    /**
     * The search, in order: the exact assignment (optimal without S6, steered by S6 for linked
     * families while the time allows), then late acceptance for what it cannot express (S6),
     * stopping once it has not improved for {@code unimprovedLimit}.
     */
    static List<PhaseConfig> phases(Duration timeLimit, Duration unimprovedLimit) {
        Duration exactBudget = timeLimit.compareTo(LOCAL_SEARCH_MARGIN) > 0
                ? timeLimit.minus(LOCAL_SEARCH_MARGIN) : Duration.ZERO;
        return List.of(
                new CustomPhaseConfig().withCustomPhaseCommandList(List.of(new ExactAssignmentPhase(exactBudget))),
                new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                        .withTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(unimprovedLimit)));
    }
}
