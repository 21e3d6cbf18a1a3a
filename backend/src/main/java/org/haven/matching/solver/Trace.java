package org.haven.matching.solver;

import java.util.Locale;

/**
 * What a solving job's steps took, on standard error, when Java is started with
 * {@code -Dhaven.trace=true}: the figures behind docs/matching-benchmark.md's "what the time goes
 * on". Off by default, so the command's output stays as documented.
 */
public final class Trace {

    private static final boolean ON = Boolean.getBoolean("haven.trace");
    private static final long STARTED = System.nanoTime();

    private Trace() {
    }

    /** Notes that a step that began at {@code startedNanos} (from {@link System#nanoTime()}) ended now. */
    public static void step(String what, long startedNanos) {
        if (ON) {
            long now = System.nanoTime();
            System.err.printf(Locale.ROOT, "[trace %7.2f s] %s: %.2f s%n", (now - STARTED) / 1e9, what,
                    (now - startedNanos) / 1e9);
        }
    }
}
