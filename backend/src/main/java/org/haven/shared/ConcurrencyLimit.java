package org.haven.shared;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code maxConcurrent} callers at once in one instance; up to {@code maxWaiting} others
 * wait their turn (first come, first served) for at most {@code maxWait}; the rest, and those
 * whose wait runs out, get a {@link ProblemType#SERVICE_BUSY} problem (503 with Retry-After) at
 * once instead of piling up. For work that is expensive in memory, CPU or database connections,
 * so that a flood of one kind of request neither exhausts them nor ties up the server's request
 * threads, and leaves room for everyone else.
 */
public final class ConcurrencyLimit {

    private final Semaphore slots;
    private final int maxWaiting;
    private final Duration maxWait;
    private final String busyDetail;

    public ConcurrencyLimit(int maxConcurrent, int maxWaiting, Duration maxWait, String busyDetail) {
        this.slots = new Semaphore(maxConcurrent, true);
        this.maxWaiting = maxWaiting;
        this.maxWait = maxWait;
        this.busyDetail = busyDetail;
    }

    public <T> T run(Supplier<T> work) {
        boolean acquired;
        try {
            // The queue length is an estimate: a few more may wait in a race, never unboundedly many.
            acquired = slots.tryAcquire()
                    || slots.getQueueLength() < maxWaiting && slots.tryAcquire(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw busy();
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }

    /** About how many callers wait for a slot now (an estimate, as in {@link #run}). */
    int waiting() {
        return slots.getQueueLength();
    }

    private ProblemException busy() {
        return new ProblemException(ProblemType.SERVICE_BUSY, busyDetail).retryAfter(maxWait);
    }

    /** Whether a problem is the one this class answers when every slot stayed taken. */
    public static boolean isBusy(ProblemException problem) {
        return problem.type() == ProblemType.SERVICE_BUSY;
    }
}
