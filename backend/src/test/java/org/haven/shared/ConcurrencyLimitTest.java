package org.haven.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bound on expensive work at once (password hashing uses it): so many run, so many wait their
 * turn, the rest are answered "busy" at once, and a slot is always given back.
 */
class ConcurrencyLimitTest {

    /** Far shorter than the minute a caller that waited would wait, so "at once" needs no tight timing. */
    private static final Duration AT_ONCE = Duration.ofSeconds(10);

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void withEverySlotTakenAndNoRoomToWaitACallerIsToldBusyAtOnceWithWhenToRetry() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(2, 0, Duration.ofSeconds(60), "busy now");
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> holders = holdSlots(limit, 2, release);

        // At once: a caller that waited would hold on for the whole minute.
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> limit.run(() -> "third"))
                .isInstanceOfSatisfying(ProblemException.class, busy -> {
                    assertThat(ConcurrencyLimit.isBusy(busy)).isTrue();
                    assertThat(busy.getMessage()).isEqualTo("busy now");
                    assertThat(busy.retryAfterSeconds()).isEqualTo(60);
                }));

        release.countDown();
        for (Future<String> holder : holders) {
            assertThat(holder.get(5, TimeUnit.SECONDS)).isEqualTo("held");
        }
        assertThat(limit.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void aCallerWithRoomToWaitRunsWhenASlotFreesWhileOneMoreIsToldBusy() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, 1, Duration.ofSeconds(60), "busy now");
        CountDownLatch release = new CountDownLatch(1);
        List<Future<String>> holder = holdSlots(limit, 1, release);
        Future<String> waiter = threads.submit(() -> limit.run(() -> "waited"));
        awaitQueued(limit, waiter);

        assertTimeoutPreemptively(AT_ONCE,
                () -> assertThatThrownBy(() -> limit.run(() -> "no room")).isInstanceOf(ProblemException.class));

        release.countDown();
        assertThat(holder.get(0).get(5, TimeUnit.SECONDS)).isEqualTo("held");
        assertThat(waiter.get(5, TimeUnit.SECONDS)).isEqualTo("waited");
    }

    @Test
    void aWaitThatRunsOutIsToldBusy() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, 5, Duration.ofMillis(50), "busy now");
        CountDownLatch release = new CountDownLatch(1);
        holdSlots(limit, 1, release);

        // The holder keeps its slot until after this check: a wait that never ran out would never end.
        assertTimeoutPreemptively(AT_ONCE, () -> assertThatThrownBy(() -> limit.run(() -> "too late"))
                .isInstanceOfSatisfying(ProblemException.class, busy -> assertThat(ConcurrencyLimit.isBusy(busy)).isTrue()));
        release.countDown();
    }

    @Test
    void workThatFailsGivesItsSlotBack() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1, 0, Duration.ofSeconds(1), "busy now");

        assertThatThrownBy(() -> limit.run(() -> {
            throw new IllegalStateException("the work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(limit.run(() -> "next")).isEqualTo("next");
    }

    @Test
    void manyCallersNeverRunMoreThanTheLimitAtOnceAndAllThatWaitGetTheirTurn() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(2, 100, Duration.ofSeconds(30), "busy now");
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Future<Integer>> callers = new ArrayList<>();
        for (int caller = 0; caller < 8; caller++) {
            callers.add(threads.submit(() -> {
                int done = 0;
                for (int call = 0; call < 50; call++) {
                    done += limit.run(() -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        Thread.onSpinWait();
                        running.decrementAndGet();
                        return 1;
                    });
                }
                return done;
            }));
        }
        int done = 0;
        for (Future<Integer> caller : callers) {
            done += caller.get(30, TimeUnit.SECONDS);
        }
        assertThat(done).isEqualTo(400);
        assertThat(mostAtOnce.get()).isBetween(1, 2);
    }

    /** {@code count} callers that take a slot each and keep it until {@code release}; returns once all hold one. */
    private List<Future<String>> holdSlots(ConcurrencyLimit limit, int count, CountDownLatch release)
            throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(count);
        List<Future<String>> holders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            holders.add(threads.submit(() -> limit.run(() -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "held";
            })));
        }
        assertThat(holding.await(5, TimeUnit.SECONDS)).as("every holder has its slot").isTrue();
        return holders;
    }

    /** Waits until {@code waiter} is queued for a slot (or has failed, which its get() then shows). */
    private static void awaitQueued(ConcurrencyLimit limit, Future<?> waiter) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (limit.waiting() == 0 && !waiter.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }
}
