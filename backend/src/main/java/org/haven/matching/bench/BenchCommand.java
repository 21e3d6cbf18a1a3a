package org.haven.matching.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.haven.matching.solver.io.InstanceExport;
import org.haven.matching.solver.io.InstanceFiles;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.Deadline;
import org.haven.matching.solver.ExactAssignment;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.MatchingSolverConfig;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.OutOfMemory;

/**
 * {@code bench}: generated runs of each size solved by the greedy baseline, the exact optimum
 * without S6, plain OptaPlanner and the Haven solver, side by side (docs/matching-benchmark.md).
 *
 * <pre>bench --families 1000,5000 [--families 20000] [--seed 1] [--seconds 10] [--linked] [--realistic] [--plain-max N] [--exact-seconds N] [--rerun]</pre>
 *
 * <p>{@code --realistic}: some families without a distance cap or a location, as in real caseloads
 * ({@link InstanceGenerator}). Each row gives the exact optimum's certificate: pricing passes, pairs added,
 * pairs held against all allowed pairs, and whether the optimum was proven over all of them;
 * {@code --exact-seconds N} bounds the exact column (unbounded by default), which then says "no
 * (stopped)" if cut. The Haven column's time is wall clock against the {@code --seconds} limit.
 * {@code --rerun} adds the re-run stability table ({@link RerunStability}):
 * how many proposals a re-run after 1 % new families keeps, with S7 and without.
 * {@code bench --write-instance FILE --families N [--seed S] [--linked] [--realistic]} writes that
 * generated run as an instance file for {@code solve} instead.
 */
public final class BenchCommand {

    private static final Duration HAVEN_UNIMPROVED = MatchingSolverConfig.UNIMPROVED_LIMIT;

    private BenchCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static final String USAGE = "usage: bench --families N[,N...] [--seed S] [--seconds T] [--linked] [--realistic]"
            + " [--plain-max N] [--exact-seconds N] [--rerun]\n       bench --write-instance FILE --families N [--seed S] [--linked] [--realistic]"
            + "\nExit codes: 0 done, 1 the instance file cannot be written, 2 a usage error, 3 out of memory";

    /** {@code out} gets the table, {@code err} what went wrong (tests pass their own streams). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Integer> sizes = new ArrayList<>();
        long seed = 1;
        int seconds = 10;
        boolean linked = false;
        boolean realistic = false;
        Path writeTo = null;
        int plainMax = Integer.MAX_VALUE;
        int exactSeconds = 0;
        boolean rerun = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--families" -> {
                        for (String size : args[++i].split(",")) {
                            sizes.add(Integer.parseInt(size.trim().replace("_", "")));
                        }
                    }
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    case "--linked" -> linked = true;
                    case "--realistic" -> realistic = true;
                    case "--write-instance" -> writeTo = Path.of(args[++i]);
                    case "--plain-max" -> plainMax = Integer.parseInt(args[++i]);
                    case "--exact-seconds" -> exactSeconds = Integer.parseInt(args[++i]);
                    case "--rerun" -> rerun = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (sizes.isEmpty()) {
                throw new IllegalArgumentException("--families is required");
            }
            if (writeTo != null && sizes.size() != 1) {
                throw new IllegalArgumentException("--write-instance takes one size of --families");
            }
        } catch (RuntimeException e) {
            err.println("bench: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        OutOfMemory outOfMemory = OutOfMemory.prepare();
        try {
            return writeTo != null ? writeInstance(writeTo, sizes.get(0), seed, linked, realistic, out, err)
                    : table(sizes, seed, seconds, linked, realistic, plainMax, exactSeconds, rerun, out);
        } catch (OutOfMemoryError e) {
            // The row's run is unreachable now, so there is room to say it.
            err.println(outOfMemory.line());
            return OutOfMemory.EXIT_CODE;
        } catch (RuntimeException e) {
            if (OutOfMemory.causedBy(e)) {
                err.println(outOfMemory.line());
                return OutOfMemory.EXIT_CODE;
            }
            throw e;
        }
    }

    private static int table(List<Integer> sizes, long seed, int seconds, boolean linked, boolean realistic,
                             int plainMax, int exactSeconds, boolean rerun, PrintStream out) {

        out.printf(Locale.ROOT, "seed %d, %d s limit, %s%s, %d cores, max heap %d MB%n", seed, seconds,
                linked ? "with linked families (S6)" : "no linked families",
                realistic ? ", realistic density (some families without a distance cap)" : "", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.println("| families | offers | allowed pairs | pairs held | greedy | time | exact optimum without S6 | time "
                + "| pricing passes | pairs added | proven | plain OptaPlanner | time | Haven | time of " + seconds
                + " s | plain gap (medium, soft) | Haven gap (medium, soft) | peak heap |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int families : sizes) {
            out.println(row(families, seed, seconds, linked, realistic, families <= plainMax, exactSeconds));
            out.flush();
        }
        if (rerun) {
            out.println();
            out.println("Re-run after 1 % new families (the first run's answer as previousProposals):");
            out.println(RerunStability.HEADER);
            for (int families : sizes) {
                out.println(RerunStability.measure(families, seed, linked, realistic, Duration.ofSeconds(seconds))
                        .row(families, Math.max(1, families / 100)));
                out.flush();
            }
        }
        return 0;
    }

    private static int writeInstance(Path file, int families, long seed, boolean linked, boolean realistic,
                                     PrintStream out, PrintStream err) {
        MatchingSolution run = InstanceGenerator.generate(families, seed, linked, realistic);
        try {
            InstanceFiles.write(InstanceExport.of(run), file);
        } catch (IOException e) {
            err.println("bench: cannot write " + file + ": " + e.getMessage());
            return 1;
        }
        out.printf(Locale.ROOT, "wrote %s: %,d families, %,d offers (seed %d%s%s)%n", file, families,
                run.getOffers().size(), seed, linked ? ", linked" : "", realistic ? ", realistic density" : "");
        return 0;
    }

    private static String row(int familyCount, long seed, int seconds, boolean linked, boolean realistic,
                              boolean runPlain, int exactSeconds) {
        resetPeakHeap();
        MatchingSolution problem = InstanceGenerator.generate(familyCount, seed, linked, realistic);
        SolverConfig plainConfig = BenchSolverConfigs.plain(Duration.ofSeconds(seconds));
        SolutionManager<MatchingSolution, HardMediumSoftScore> scorer =
                SolutionManager.create(SolverFactory.create(plainConfig));

        Timed<List<OfferFact>> greedy = time(() -> GreedyBaseline.solve(problem));
        HardMediumSoftScore greedyScore = scoreOf(problem, greedy.value(), scorer);

        long allowedPairs = AllowedPairs.count(problem);
        Deadline exactBy = exactSeconds > 0 ? Deadline.after(Duration.ofSeconds(exactSeconds)) : Deadline.NONE;
        Timed<ExactAssignment.Result> exact = time(() -> ExactAssignment.solve(problem, null, exactBy));
        HardMediumSoftScore optimum = exact.value().scoreWithoutS6();
        clear(problem);

        String plainCells = "skipped | – ";
        String plainGap = "–";
        if (runPlain) {
            Timed<MatchingSolution> plain = time(() -> SolverFactory.<MatchingSolution>create(plainConfig)
                    .buildSolver().solve(problem));
            plainCells = plain.value().getScore() + " | " + plain.seconds();
            plainGap = gap(plain.value().getScore(), optimum);
            clear(problem);
        }
        Timed<MatchingSolution> haven = time(() -> SolverFactory.<MatchingSolution>create(
                BenchSolverConfigs.haven(Duration.ofSeconds(seconds), HAVEN_UNIMPROVED)).buildSolver().solve(problem));

        return String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %,d MB |",
                familyCount, problem.getOffers().size(), allowedPairs, exact.value().feasiblePairs(),
                greedyScore, greedy.seconds(), optimum, exact.seconds(), certificate(exact.value()), plainCells,
                haven.value().getScore(), haven.seconds(), plainGap, gap(haven.value().getScore(), optimum),
                peakHeapMb());
    }

    /**
     * Pricing passes, pairs added and whether the optimum is proven over every allowed pair (or its
     * medium only, the soft bounded); when the lists held every pair there is nothing to price, and a
     * cut solve is not proven.
     */
    static String certificate(ExactAssignment.Result exact) {
        ExactAssignment.Pricing pricing = exact.pricing();
        if (pricing == null) {
            return "– | – | " + (exact.complete() ? "yes (every pair held)" : "no (stopped)");
        }
        String proven = exact.complete() ? "yes"
                : exact.familiesSolved() == exact.families() && pricing.mediumProven()
                        ? String.format(Locale.ROOT, "medium (soft ≤ optimum + %,d)", pricing.gapBound())
                        : "no (stopped)";
        return String.format(Locale.ROOT, "%d | %,d | %s", pricing.rounds(), pricing.pairsAdded(), proven);
    }

    /** Medium as the difference in weighted people housed; soft as % more penalty than the optimum. */
    static String gap(HardMediumSoftScore score, HardMediumSoftScore optimum) {
        long medium = (long) optimum.mediumScore() - score.mediumScore();
        double soft = optimum.softScore() == 0 ? 0
                : 100.0 * ((double) optimum.softScore() - score.softScore()) / -optimum.softScore();
        return String.format(Locale.ROOT, "%s%d, %+.2f %%", medium > 0 ? "+" : "", medium, soft);
    }

    private static HardMediumSoftScore scoreOf(MatchingSolution problem, List<OfferFact> offers,
                                               SolutionManager<MatchingSolution, HardMediumSoftScore> scorer) {
        List<Assignment> assignments = problem.getAssignments();
        for (int i = 0; i < assignments.size(); i++) {
            if (!assignments.get(i).isPinned()) {
                assignments.get(i).setOffer(offers.get(i));
            }
        }
        HardMediumSoftScore score = scorer.update(problem);
        clear(problem);
        return score;
    }

    private static void clear(MatchingSolution problem) {
        for (Assignment assignment : problem.getAssignments()) {
            if (!assignment.isPinned()) {
                assignment.setOffer(null);
            }
        }
        problem.setScore(null);
    }

    private record Timed<T>(T value, long nanos) {
        String seconds() {
            return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
        }
    }

    private static <T> Timed<T> time(Supplier<T> work) {
        long started = System.nanoTime();
        T value = work.get();
        return new Timed<>(value, System.nanoTime() - started);
    }

    private static void resetPeakHeap() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak >> 20;
    }
}
