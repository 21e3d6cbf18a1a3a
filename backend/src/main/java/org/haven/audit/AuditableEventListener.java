package org.haven.audit;

import org.haven.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link AuditableEvent} in the caller's transaction. */
@Component
class AuditableEventListener {

    private final AuditLog audit;

    AuditableEventListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AuditableEvent event) {
        audit.record(event.actorId(), event.action(), event.subjectType(), event.subjectId(), event.details());
    }
}
