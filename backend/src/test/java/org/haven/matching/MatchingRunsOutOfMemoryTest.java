package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.haven.host.MatchableHosts;
import org.haven.matching.MatchingDtos.RunResponse;
import org.haven.matching.solver.Policy;
import org.haven.testing.LogCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

import ch.qos.logback.classic.Level;

/**
 * A run that runs out of memory ends FAILED with a plain reason, and the next run can start: the
 * follower thread survives. The heap is not really exhausted here (that would starve the test JVM;
 * {@code SolveCommandTest} does it in a child JVM): recording the result throws the error instead.
 */
class MatchingRunsOutOfMemoryTest {

    /** The operator's error line for each run, kept out of the build log. */
    @RegisterExtension
    final LogCapture log = LogCapture.of(MatchingRuns.class);

    private final MatchingProblemLoader loader = mock(MatchingProblemLoader.class);
    private final RunRecorder recorder = mock(RunRecorder.class);
    private final MatchingRunRepository runs = mock(MatchingRunRepository.class);
    private final RunEventStream stream = mock(RunEventStream.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private final MatchingRuns matchingRuns = new MatchingRuns(loader, recorder, runs, stream,
            mock(ApplicationEventPublisher.class), clock, mock(RunLease.class), java.time.Duration.ofSeconds(1));

    private RunResponse startWhenFree(UUID actor) throws InterruptedException {
        for (int attempt = 0; attempt < 300; attempt++) {
            try {
                return matchingRuns.start(1, actor);
            } catch (RuntimeException stillActive) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("the first run never let go");
    }

    @Test
    void aRunOutOfMemoryEndsFailedWithAPlainReasonAndTheNextRunCanStart() throws InterruptedException {
        MatchingProblem empty = MatchingProblem.of(Policy.DEFAULTS, new MatchableHosts(List.of(), List.of()), List.of(),
                List.of(), List.of());
        when(loader.load()).thenReturn(empty);
        when(runs.findByStatus(RunStatus.SOLVING)).thenReturn(List.of());
        UUID actor = UUID.randomUUID();
        when(recorder.started(any(), anyInt(), eq(actor), any())).thenAnswer(call -> new MatchingRun(
                call.getArgument(0), call.getArgument(1), actor, clock.instant(), 0, 0));
        when(recorder.finished(any(), any(), any(), any(), anyBoolean())).thenThrow(new OutOfMemoryError("Java heap space"));
        when(recorder.ended(any(), eq(RunStatus.FAILED), any(), anyInt(), any())).thenAnswer(call -> {
            MatchingRun run = new MatchingRun(call.getArgument(0), 1, actor, clock.instant(), 0, 0);
            run.end(RunStatus.FAILED, null, 0, call.getArgument(4), clock.instant());
            return run;
        });

        RunResponse first = matchingRuns.start(1, actor);

        verify(recorder, timeout(30_000)).ended(eq(first.id()), eq(RunStatus.FAILED), any(), eq(0),
                eq(MatchingRuns.OUT_OF_MEMORY));
        ArgumentCaptor<RunResponse> ended = ArgumentCaptor.forClass(RunResponse.class);
        verify(stream, timeout(30_000)).end(ended.capture());
        assertThat(ended.getValue().status()).isEqualTo(RunStatus.FAILED);
        assertThat(ended.getValue().failure()).isEqualTo("The server ran out of memory for a run this size. "
                + "Nothing was changed; ask an administrator to give Haven more memory.");

        // The follower thread is still there and the run is no longer active.
        RunResponse second = startWhenFree(actor);
        assertThat(second.id()).isNotEqualTo(first.id());
        verify(recorder, timeout(30_000)).ended(eq(second.id()), eq(RunStatus.FAILED), any(), eq(0),
                eq(MatchingRuns.OUT_OF_MEMORY));
        assertThat(log.messages(Level.ERROR)).as("the operator is told, once per run").containsExactly(
                "Matching run " + first.id() + " ran out of memory (0 families, 0 offers, max heap "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB)",
                "Matching run " + second.id() + " ran out of memory (0 families, 0 offers, max heap "
                        + (Runtime.getRuntime().maxMemory() >> 20) + " MB)");
    }
}
