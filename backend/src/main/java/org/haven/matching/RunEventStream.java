package org.haven.matching;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.haven.matching.MatchingDtos.RunResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent events of runs: a {@code progress} event whenever a run's best score improves (and
 * one when a client connects), then one {@code end} event and the stream closes. A client that
 * goes away is dropped on the next send. The run may be solved on this instance (its solver tells
 * this stream at once) or on another one ({@link RunEventPoller} reads the run's row); a progress
 * event goes out only when the best score or the number of families placed changed.
 */
@Component
class RunEventStream {

    static final String PROGRESS = "progress";
    static final String END = "end";
    /** Longest run plus a margin; a stream never outlives its run by much. */
    private static final Duration TIMEOUT = Duration.ofSeconds(MatchingDtos.MAX_SECONDS + 60L);

    private final Map<UUID, List<SseEmitter>> listeners = new ConcurrentHashMap<>();
    /** The best score and families placed last sent for each run, so that nothing is sent twice. */
    private final Map<UUID, String> lastProgress = new ConcurrentHashMap<>();

    /** A stream for a run: its state now, then its changes; a run that has ended gets its end at once. */
    SseEmitter subscribe(RunResponse now) {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        if (now.status() != RunStatus.SOLVING) {
            send(emitter, END, now);
            emitter.complete();
            return emitter;
        }
        List<SseEmitter> forRun = listeners.computeIfAbsent(now.id(), id -> new CopyOnWriteArrayList<>());
        forRun.add(emitter);
        Runnable remove = () -> forRun.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        send(emitter, PROGRESS, now);
        return emitter;
    }

    void progress(RunResponse run) {
        List<SseEmitter> forRun = listeners.get(run.id());
        if (forRun == null) {
            return;
        }
        String state = run.score() + "/" + run.assigned();
        if (state.equals(lastProgress.put(run.id(), state))) {
            return;
        }
        forRun.forEach(emitter -> send(emitter, PROGRESS, run));
    }

    /** The runs someone is listening to here. */
    Set<UUID> watchedRuns() {
        return Set.copyOf(listeners.keySet());
    }

    void end(RunResponse run) {
        lastProgress.remove(run.id());
        List<SseEmitter> forRun = listeners.remove(run.id());
        if (forRun != null) {
            forRun.forEach(emitter -> {
                send(emitter, END, run);
                emitter.complete();
            });
        }
    }

    private static void send(SseEmitter emitter, String name, RunResponse run) {
        try {
            emitter.send(SseEmitter.event().name(name).data(run, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            // The client went away (or the stream already ended): nothing to tell it any more.
            emitter.completeWithError(gone);
        }
    }
}
