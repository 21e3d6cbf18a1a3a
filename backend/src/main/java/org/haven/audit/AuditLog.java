package org.haven.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes and reads audit events. Other modules reach it through events, not by calling it. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records in the caller's transaction when there is one, so the audit line and the change it
     * describes are committed together or not at all.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(UUID actorId, String action, String subjectType, UUID subjectId) {
        events.save(new AuditEvent(clock.instant(), actorId, action, subjectType, subjectId));
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> about(UUID subjectId) {
        return events.findBySubjectIdOrderByOccurredAt(subjectId);
    }
}
