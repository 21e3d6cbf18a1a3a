package org.haven.matching;

import java.util.UUID;

import org.haven.matching.MatchingDtos.RunResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Progress of runs solved on another instance: every {@code haven.matching.events-poll-every},
 * for each run a client of this instance listens to, reads the run's row (the solving instance
 * writes its best score there at each heartbeat) and sends what changed, or the end. Runs on
 * every instance on purpose (no ShedLock): each instance serves its own listeners.
 */
@Component
class RunEventPoller {

    private static final Logger log = LoggerFactory.getLogger(RunEventPoller.class);

    private final RunEventStream stream;
    private final MatchingRuns runs;

    RunEventPoller(RunEventStream stream, MatchingRuns runs) {
        this.stream = stream;
        this.runs = runs;
    }

    @Scheduled(fixedDelayString = "${haven.matching.events-poll-every}")
    void poll() {
        for (UUID runId : stream.watchedRuns()) {
            if (runs.solvingHere(runId)) {
                continue; // its solver tells the stream itself, at once
            }
            try {
                RunResponse now = runs.get(runId);
                if (now.status() == RunStatus.SOLVING) {
                    stream.progress(now);
                } else {
                    stream.end(now);
                }
            } catch (RuntimeException e) {
                log.warn("Progress of matching run {} could not be read: {}", runId, e.toString());
            }
        }
    }
}
