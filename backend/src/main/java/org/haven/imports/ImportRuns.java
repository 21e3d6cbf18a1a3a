package org.haven.imports;

import java.time.Clock;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the counts of every import and audits it once. */
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

    @Transactional
    public void record(ImportKind kind, UUID actorId, ImportReport report) {
        ImportRun run = runs.save(new ImportRun(kind, actorId, clock.instant(), report));
        events.publishEvent(new ImportCompleted(run.getId(), actorId, kind));
    }
}
