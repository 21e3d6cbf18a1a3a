package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.haven.host.MatchableHosts;
import org.haven.matching.MatchingDtos.RunResponse;
import org.haven.matching.solver.Policy;
import org.haven.testing.LogCapture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationEventPublisher;

import ch.qos.logback.classic.Level;

/**
 * The heartbeat keeps a solving run's lease. A lease lost while solving (another instance took it
 * after it expired) is reported once and stops the run. Recording a run's end gives the lease back
 * first, in a transaction that holds the lease's row until it commits: a heartbeat then is no lost
 * lease (it used to report one for runs that had simply ended).
 */
class MatchingRunsHeartbeatTest {

    private static final Duration BEAT = Duration.ofMillis(10);
    /** How long recording the end takes here: thirty heartbeats. */
    private static final long RECORDING_MILLIS = 300;
    private static final String FOLLOWER_THREAD = "matching-run";

    @RegisterExtension
    final LogCapture log = LogCapture.of(MatchingRuns.class);

    private final MatchingProblemLoader loader = mock(MatchingProblemLoader.class);
    private final RunRecorder recorder = mock(RunRecorder.class);
    private final RunEventStream stream = mock(RunEventStream.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final MatchingRuns matchingRuns = new MatchingRuns(loader, recorder, mock(MatchingRunRepository.class),
            stream, mock(ApplicationEventPublisher.class), clock, mock(RunLease.class), BEAT);
    private final UUID actor = UUID.randomUUID();

    @BeforeEach
    void anEmptyPool() {
        when(loader.load()).thenReturn(MatchingProblem.of(Policy.DEFAULTS, new MatchableHosts(List.of(), List.of()),
                List.of(), List.of(), List.of()));
        when(recorder.started(any(), anyInt(), eq(actor), any())).thenAnswer(call -> new MatchingRun(
                call.getArgument(0), call.getArgument(1), actor, clock.instant(), 0, 0));
    }

    @Test
    void heartbeatsWhileTheEndIsRecordedAreNoLostLease() {
        AtomicBoolean givenBack = new AtomicBoolean();
        AtomicInteger renewalsAfterwards = new AtomicInteger();
        when(recorder.heartbeat(any(), any(), anyInt())).thenAnswer(call -> {
            if (givenBack.get()) {
                renewalsAfterwards.incrementAndGet();
                return RunLease.Renewal.LOST;
            }
            return RunLease.Renewal.HELD;
        });
        when(recorder.finished(any(), any(), any(), any(), anyBoolean())).thenAnswer(call -> {
            givenBack.set(true); // what RunRecorder.finished does first
            Thread.sleep(RECORDING_MILLIS);
            return ended(call.getArgument(0), RunStatus.DONE);
        });

        RunResponse run = matchingRuns.start(1, actor);

        verify(stream, timeout(30_000)).end(argThat(end -> end.id().equals(run.id()) && end.status() == RunStatus.DONE));
        assertThat(renewalsAfterwards).as("the lease is not renewed once the end is being recorded").hasValue(0);
        assertThat(log.messages(Level.WARN)).isEmpty();
    }

    @Test
    void aLeaseLostWhileSolvingIsReportedOnceAndStopsTheRun() throws InterruptedException {
        CountDownLatch lost = new CountDownLatch(1);
        when(recorder.heartbeat(any(), any(), anyInt())).thenAnswer(call -> {
            lost.countDown();
            return RunLease.Renewal.LOST;
        });
        // The run's last progress, written by the thread that follows the run once the solver is done,
        // waits until a heartbeat has found the lease gone and then thirty heartbeats longer.
        doAnswer(call -> {
            if (Thread.currentThread().getName().equals(FOLLOWER_THREAD)) {
                lost.await(10, TimeUnit.SECONDS);
                Thread.sleep(RECORDING_MILLIS);
            }
            return null;
        }).when(stream).progress(any());
        when(recorder.ended(any(), eq(RunStatus.STOPPED), any(), anyInt(), any()))
                .thenAnswer(call -> ended(call.getArgument(0), RunStatus.STOPPED));

        RunResponse run = matchingRuns.start(1, actor);

        verify(recorder, timeout(30_000)).ended(eq(run.id()), eq(RunStatus.STOPPED), any(), anyInt(), any());
        assertThat(log.messages(Level.WARN))
                .containsExactly("Matching run " + run.id() + " lost its lease (not renewed in time); it stops here");
    }

    private MatchingRun ended(UUID id, RunStatus status) {
        MatchingRun run = new MatchingRun(id, 1, actor, clock.instant(), 0, 0);
        run.end(status, null, 0, null, clock.instant());
        return run;
    }
}
