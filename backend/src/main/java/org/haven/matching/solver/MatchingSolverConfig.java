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

    /** Left for local search after the exact phase's S6 re-solves (they start only if they end by then). */
    private static final Duration LOCAL_SEARCH_MARGIN = Duration.ofSeconds(2);
    /** Left of the whole job's time for local search and handing the answer back when the exact phase is stopped, at most. */
    private static final Duration RESERVE = Duration.ofSeconds(2);
    /** ... and at least, however short the limit (applying the exact answer and the final copy take a moment). */
    private static final Duration MIN_RESERVE = Duration.ofMillis(200);
    /** Local search only improves S6 (linked families); without improvement it stops early. */
    public static final Duration UNIMPROVED_LIMIT = Duration.ofSeconds(2);

    private MatchingSolverConfig() {
    }

    /** Bavet streams over the matching model, the {@link #phases} below, stopping after {@code timeLimit} from now. */
    public static SolverConfig production(Duration timeLimit) {
        return production(Deadline.after(timeLimit), new ExactPhaseOutcome());
    }

    /**
     * The configuration for the rest of a job that must end at {@code deadline} (which started
     * with the job, not with solving): OptaPlanner's own limit is what remains now, the exact phase
     * stops before it leaving a reserve for local search, and {@code outcome} says whether the exact
     * phase finished. Build it just before solving.
     */
    public static SolverConfig production(Deadline deadline, ExactPhaseOutcome outcome) {
        return production(deadline, outcome, UNIMPROVED_LIMIT);
    }

    /** The production configuration with another early stop for local search (the benchmark varies it). */
    public static SolverConfig production(Duration timeLimit, Duration unimprovedLimit) {
        return production(Deadline.after(timeLimit), new ExactPhaseOutcome(), unimprovedLimit);
    }

    static SolverConfig production(Deadline deadline, ExactPhaseOutcome outcome, Duration unimprovedLimit) {
        // OptaPlanner takes whole milliseconds only.
        Duration remaining = Duration.ofMillis(Math.max(1, deadline.remaining().toMillis()));
        return base(remaining)
                .withPhaseList(phases(deadline, outcome, unimprovedLimit));
    }

    /** The model on Bavet with a time limit and no phases: the benchmark's plain OptaPlanner adds its own. */
    public static SolverConfig base(Duration timeLimit) {
        return new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationSpentLimit(timeLimit);
    }

    /**
     * Until when a job may build candidate lists: half of what remains, so a run whose candidates
     * alone would take the whole limit still has time to solve the families that got theirs.
     */
    public static Deadline candidatesBy(Deadline deadline) {
        return deadline.minus(deadline.remaining().dividedBy(2));
    }

    /** What the job keeps back from the exact phase: a tenth of what remains, between the bounds above. */
    static Duration reserve(Duration remaining) {
        Duration tenth = remaining.dividedBy(10);
        return tenth.compareTo(RESERVE) > 0 ? RESERVE : tenth.compareTo(MIN_RESERVE) < 0 ? MIN_RESERVE : tenth;
    }

    /**
     * The search, in order: the exact assignment (optimal without S6, steered by S6 for linked
     * families while the time allows; stopped with a feasible answer at the deadline less the
     * reserve), then late acceptance for what it cannot express (S6), stopping once it has not
     * improved for {@code unimprovedLimit} (or at the deadline).
     */
    static List<PhaseConfig> phases(Deadline deadline, ExactPhaseOutcome outcome, Duration unimprovedLimit) {
        Duration reserve = reserve(deadline.remaining());
        Deadline stop = deadline.minus(reserve);
        // Half the reserve for housing the families a cut solve left out, half for local search and writing.
        Deadline fillBy = deadline.minus(reserve.dividedBy(2));
        Deadline roundsBy = deadline.minus(LOCAL_SEARCH_MARGIN);
        return List.of(
                new CustomPhaseConfig().withCustomPhaseCommandList(
                        List.of(new ExactAssignmentPhase(stop, fillBy, roundsBy, outcome),
                                new LinkedRepairPhase(roundsBy))),
                new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE)
                        .withTerminationConfig(new TerminationConfig().withUnimprovedSpentLimit(unimprovedLimit)));
    }
}
