package org.haven.matching.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.MatchingSolverConfig;
import org.haven.matching.solver.OfferFact;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Haven against the true optimum with S6 on small linked runs (docs/matching-benchmark.md,
 * "Linked families against the true optimum"). Test sources only, as {@link LinkedOptimum} is:
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test.cp) org.haven.matching.bench.LinkedTruthCommand \
 *     --families 200,250,300 --seeds 1-10 --seconds 10 [--realistic] [--truth-seconds 300]
 * </pre>
 * Each row: Haven (the production configuration, as {@code bench} runs it) and the optimum, each
 * scored by OptaPlanner's own score of the answer. A row whose optimum is not proven, or is worse
 * than Haven's at the same medium (which would mean the optimum is wrong), says so.
 */
public final class LinkedTruthCommand {

    private LinkedTruthCommand() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = List.of(200, 250, 300);
        long firstSeed = 1;
        long lastSeed = 10;
        int seconds = 10;
        int truthSeconds = 300;
        boolean realistic = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--families" -> sizes = parseSizes(args[++i]);
                case "--seeds" -> {
                    String[] range = args[++i].split("-");
                    firstSeed = Long.parseLong(range[0]);
                    lastSeed = Long.parseLong(range[range.length - 1]);
                }
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--truth-seconds" -> truthSeconds = Integer.parseInt(args[++i]);
                case "--realistic" -> realistic = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.println("| seed | families | linked pairs | true optimum with S6 | truth time | Haven | Haven time | gap (medium, soft) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (long seed = firstSeed; seed <= lastSeed; seed++) {
            for (int families : sizes) {
                System.out.println(row(families, seed, seconds, truthSeconds, realistic));
            }
        }
    }

    private static List<Integer> parseSizes(String list) {
        List<Integer> sizes = new ArrayList<>();
        for (String size : list.split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        return sizes;
    }

    static String row(int families, long seed, int seconds, int truthSeconds, boolean realistic) {
        MatchingSolution run = InstanceGenerator.generate(families, seed, true, realistic);
        SolutionManager<MatchingSolution, HardMediumSoftScore> scorer =
                SolutionManager.create(SolverFactory.create(MatchingSolverConfig.base(Duration.ofSeconds(1))));

        long havenStarted = System.nanoTime();
        MatchingSolution haven = SolverFactory.<MatchingSolution>create(MatchingSolverConfig.production(
                Duration.ofSeconds(seconds), MatchingSolverConfig.UNIMPROVED_LIMIT)).buildSolver().solve(run);
        double havenSeconds = (System.nanoTime() - havenStarted) / 1e9;
        HardMediumSoftScore havenScore = scorer.update(haven);

        LinkedOptimum.Result truth = LinkedOptimum.solve(run, Duration.ofSeconds(truthSeconds));
        HardMediumSoftScore truthScore = scoreOf(run, truth.offers(), scorer);

        String note = truth.optimal() ? "" : " (not proven: stopped at the limit)";
        if (truthScore.mediumScore() == havenScore.mediumScore() && truthScore.softScore() < havenScore.softScore()) {
            note += " (WRONG: Haven is better than the optimum)";
        }
        return String.format(Locale.ROOT, "| %d | %d | %d | %s%s | %.2f s | %s | %.2f s | %s |", seed, families,
                truth.linkedPairs(), truthScore, note, truth.millis() / 1000.0, havenScore, havenSeconds,
                BenchCommand.gap(havenScore, truthScore));
    }

    static HardMediumSoftScore scoreOf(MatchingSolution run, List<OfferFact> offers,
                                       SolutionManager<MatchingSolution, HardMediumSoftScore> scorer) {
        List<Assignment> assignments = run.getAssignments();
        for (int i = 0; i < assignments.size(); i++) {
            if (!assignments.get(i).isPinned()) {
                assignments.get(i).setOffer(offers.get(i));
            }
        }
        return scorer.update(run);
    }
}
