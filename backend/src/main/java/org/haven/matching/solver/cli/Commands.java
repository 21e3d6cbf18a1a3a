package org.haven.matching.solver.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

import org.haven.matching.bench.BenchCommand;

/**
 * The command-line modes of the jar ({@code java -jar haven.jar solve ...}): they run without
 * Spring, without a web server and without a database. {@link org.haven.HavenApplication} hands
 * over when the first argument names one.
 */
public final class Commands {

    /** Quiet logging for commands: Spring's logging setup never runs, and logback's default prints every DEBUG line. */
    private static final String LOGBACK_CONFIG = "org/haven/matching/solver/cli/logback-cli.xml";

    /** {@code bench --families 1000,5000 --seed 1 --seconds 10}: see docs/matching-benchmark.md. */
    static final String BENCH = "bench";

    private Commands() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0 && (SolveCommand.NAME.equals(args[0]) || BENCH.equals(args[0]));
    }

    /** Runs the command named by {@code args[0]} and returns the process exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGBACK_CONFIG);
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (args[0]) {
            case SolveCommand.NAME -> new SolveCommand(out, err).run(rest);
            case BENCH -> BenchCommand.run(rest.toArray(String[]::new));
            default -> throw new IllegalArgumentException("Not a command: " + args[0]);
        };
    }
}
