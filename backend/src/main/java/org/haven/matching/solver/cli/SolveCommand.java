package org.haven.matching.solver.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.Deadline;
import org.haven.matching.solver.ExactPhaseOutcome;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.MatchingSolverConfig;
import org.haven.matching.solver.OutOfMemory;
import org.haven.matching.solver.Trace;
import org.haven.matching.solver.io.InstanceConverter;
import org.haven.matching.solver.io.InstanceException;
import org.haven.matching.solver.io.InstanceFiles;
import org.haven.matching.solver.io.SolutionFile;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * {@code solve --seconds N INSTANCE.json SOLUTION.json}: solves an instance file with the
 * production configuration and writes the solution file. {@code --seconds} bounds the whole
 * command (reading, candidates, exact phase, local search, writing), not only the solver; when the
 * exact phase cannot finish in time the answer is still feasible and the last line says so.
 * The solver runs on the calling thread, so no solver thread outlives the command.
 */
public final class SolveCommand {

    static final String NAME = "solve";
    static final String USAGE = """
            Usage: java -jar haven.jar solve --seconds N INSTANCE.json SOLUTION.json
              --seconds N  wall-clock limit for the whole command, in whole seconds
            Exit codes: 0 solved, 1 the instance cannot be read or is invalid (or the solution cannot be
            written), 2 a usage error, 3 out of memory (give Java more with -Xmx, or solve fewer families),
            4 the time limit came before the optimum was found and proven (the solution written is feasible)""";
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE_ERROR = 2;
    public static final int OUT_OF_MEMORY = OutOfMemory.EXIT_CODE;
    /** The answer is written and feasible, but the limit cut the exact phase or its proof short (the last line says which). */
    public static final int NOT_PROVEN = 4;

    private final PrintStream out;
    private final PrintStream err;

    public SolveCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    private record Arguments(int seconds, Path instance, Path solution) {
    }

    /** {@code args} without the command name. */
    public int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        }
        Deadline deadline = Deadline.after(Duration.ofSeconds(arguments.seconds()));
        OutOfMemory outOfMemory = OutOfMemory.prepare();
        try {
            return solve(arguments, deadline);
        } catch (OutOfMemoryError e) {
            // What the solve held is unreachable now, so there is room to say it.
            err.println(outOfMemory.line());
            return OUT_OF_MEMORY;
        } catch (RuntimeException e) {
            if (OutOfMemory.causedBy(e)) {
                err.println(outOfMemory.line());
                return OUT_OF_MEMORY;
            }
            throw e;
        }
    }

    private int solve(Arguments arguments, Deadline deadline) {
        ExactPhaseOutcome outcome = new ExactPhaseOutcome();
        MatchingSolution problem;
        try {
            long started = System.nanoTime();
            var instance = InstanceFiles.readInstance(arguments.instance());
            Trace.step("read " + arguments.instance(), started);
            problem = InstanceConverter.toSolution(instance, MatchingSolverConfig.candidatesBy(deadline), outcome);
        } catch (InstanceException e) {
            err.println("Invalid instance " + arguments.instance() + ": " + e.getMessage());
            return FAILED;
        }

        Solver<MatchingSolution> solver = SolverFactory.<MatchingSolution>create(
                MatchingSolverConfig.production(deadline, outcome))
                .buildSolver();
        MatchingSolution solved;
        long solveStarted = System.nanoTime();
        try (Deadline.Watch stop = deadline.whenPassed(solver::terminateEarly)) {
            solved = solver.solve(problem);
        }
        outcome.solvingEnded(solved);
        Trace.step("solver (exact phase and local search)", solveStarted);
        long writeStarted = System.nanoTime();

        try {
            InstanceFiles.write(SolutionFile.of(solved), arguments.solution());
        } catch (IOException e) {
            err.println("Cannot write " + arguments.solution() + ": " + e);
            return FAILED;
        }
        Trace.step("write " + arguments.solution(), writeStarted);
        out.println(solved.getScore());
        out.println(summary(solved));
        if (outcome.notice() != null) {
            out.println(outcome.notice());
            return NOT_PROVEN;
        }
        if (outcome.certificate() != null) {
            out.println(outcome.certificate());
        }
        return OK;
    }

    private static String summary(MatchingSolution solved) {
        int families = solved.getAssignments().size();
        int housed = 0;
        int people = 0;
        int peopleHoused = 0;
        for (Assignment assignment : solved.getAssignments()) {
            people += assignment.getFamily().size();
            if (assignment.getOffer() != null) {
                housed++;
                peopleHoused += assignment.getFamily().size();
            }
        }
        return "%d of %d families housed (%d of %d people), %d offers%s".formatted(housed, families,
                peopleHoused, people, solved.getOffers().size(),
                solved.getScore().hardScore() < 0 ? "; WARNING: hard rules broken" : "");
    }

    private static Arguments parse(List<String> args) {
        Integer seconds = null;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--seconds")) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException("--seconds needs a value");
                }
                seconds = seconds(args.get(++i));
            } else if (arg.startsWith("--seconds=")) {
                seconds = seconds(arg.substring("--seconds=".length()));
            } else if (arg.startsWith("-") && arg.length() > 1) {
                throw new IllegalArgumentException("Unknown option " + arg);
            } else {
                paths.add(arg);
            }
        }
        if (seconds == null) {
            throw new IllegalArgumentException("Missing --seconds N");
        }
        if (paths.size() != 2) {
            throw new IllegalArgumentException("Expected INSTANCE.json and SOLUTION.json, got " + paths.size() + " path(s)");
        }
        return new Arguments(seconds, Path.of(paths.get(0)), Path.of(paths.get(1)));
    }

    private static int seconds(String value) {
        try {
            int seconds = Integer.parseInt(value);
            if (seconds > 0) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--seconds needs a whole number above 0, got '" + value + "'");
    }
}
