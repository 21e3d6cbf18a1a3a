package org.haven.matching.bench;

import java.time.Duration;

import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchType;
import org.optaplanner.core.config.solver.SolverConfig;
import org.haven.matching.solver.MatchingSolverConfig;

/** The two solver set-ups the benchmark compares, both on Bavet with a time limit. */
public final class BenchSolverConfigs {

    private BenchSolverConfigs() {
    }

    /** Plain OptaPlanner: first fit, then late acceptance for the rest of the limit. */
    public static SolverConfig plain(Duration limit) {
        return MatchingSolverConfig.base(limit).withPhases(
                new ConstructionHeuristicPhaseConfig().withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                new LocalSearchPhaseConfig().withLocalSearchType(LocalSearchType.LATE_ACCEPTANCE));
    }

    /** Haven: the production configuration, with the given early stop for its local search. */
    public static SolverConfig haven(Duration limit, Duration unimproved) {
        return MatchingSolverConfig.production(limit, unimproved);
    }
}
