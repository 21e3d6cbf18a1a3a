package org.haven.imports;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the counts of every import once it has ended, and audits it once. */
@Component
class ImportRuns {

    private final ImportRunRepository runs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ImportRuns(ImportRunRepository runs, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.events = events;
        this.clock = clock;
    }

    /** {@code job} has ended (done, or failed part way): its counts, in the caller's transaction. */
    @Transactional
    public void record(ImportJobStore.Job job) {
        ImportRun run = runs.save(new ImportRun(job.id(), job.kind(), job.startedBy(), clock.instant(), job.counts()));
        events.publishEvent(new ImportCompleted(run.getId(), job.startedBy(), job.kind()));
    }
}
