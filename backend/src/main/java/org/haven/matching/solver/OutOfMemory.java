package org.haven.matching.solver;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * How the commands end when the heap is too small for the run: one line and an exit code of their
 * own, never a stack trace. The line is worded before the work starts, as little memory may be
 * left when it is needed.
 */
public final class OutOfMemory {

    /** The exit code of {@code solve} and {@code bench} when the heap runs out (1 is a bad instance, 2 a usage error). */
    public static final int EXIT_CODE = 3;

    private final String line;

    private OutOfMemory(String line) {
        this.line = line;
    }

    /** Call at the start of a command, before anything large is held. */
    public static OutOfMemory prepare() {
        String limit = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-Xmx")).reduce((first, last) -> last)
                .orElse(String.format(Locale.ROOT, "-Xmx%dm", Runtime.getRuntime().maxMemory() >> 20));
        return new OutOfMemory("Out of memory: the instance needs more heap than " + limit
                + "; give Java more memory with -Xmx or solve fewer families");
    }

    public String line() {
        return line;
    }

    /** True when {@code error} is, or was caused by, running out of heap. */
    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }
}
