package org.haven.matching.solver;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * When a whole solving job must end: a {@code solve} command or an app run, from its start
 * (reading, candidates, exact phase, local search). Each step asks what is left instead of
 * counting its own seconds, so the time asked for is the time taken.
 */
public final class Deadline {

    /** No deadline: every step runs to its end (tests and the benchmark's exact column). */
    public static final Deadline NONE = new Deadline(System::nanoTime, Long.MAX_VALUE);

    /** How often a passed deadline repeats its action, in case the first call came too early to count. */
    private static final long REPEAT_MILLIS = 100;
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "solve-deadline");
        thread.setDaemon(true);
        return thread;
    });

    private final LongSupplier clock;
    private final long endNanos;

    private Deadline(LongSupplier clock, long endNanos) {
        this.clock = clock;
        this.endNanos = endNanos;
    }

    /** {@code limit} from now. */
    public static Deadline after(Duration limit) {
        return after(limit, System::nanoTime);
    }

    /** On another clock (nanoseconds): tests stop a step after a known amount of work. */
    static Deadline after(Duration limit, LongSupplier clock) {
        return new Deadline(clock, clock.getAsLong() + limit.toNanos());
    }

    public boolean passed() {
        return endNanos != Long.MAX_VALUE && clock.getAsLong() - endNanos >= 0;
    }

    /** What is left, never negative; very long for {@link #NONE}. */
    public Duration remaining() {
        if (endNanos == Long.MAX_VALUE) {
            return Duration.ofDays(365);
        }
        return Duration.ofNanos(Math.max(0, endNanos - clock.getAsLong()));
    }

    /** This deadline brought forward by {@code reserve} (kept for a later step), not before now. */
    public Deadline minus(Duration reserve) {
        if (endNanos == Long.MAX_VALUE) {
            return this;
        }
        return new Deadline(clock, Math.max(clock.getAsLong(), endNanos - reserve.toNanos()));
    }

    /**
     * Runs {@code action} once the deadline passes, and again every 100 ms until closed: stops
     * OptaPlanner at the job's deadline (its own spent limit counts from when solving starts, so
     * it only backs this up). Close it when the solve returns.
     */
    public Watch whenPassed(Runnable action) {
        if (endNanos == Long.MAX_VALUE) {
            return () -> { };
        }
        ScheduledFuture<?> task = TIMER.scheduleAtFixedRate(action, Math.max(0, remaining().toMillis()),
                REPEAT_MILLIS, TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    /** A scheduled action to cancel; closing never throws. */
    public interface Watch extends AutoCloseable {
        @Override
        void close();
    }
}
