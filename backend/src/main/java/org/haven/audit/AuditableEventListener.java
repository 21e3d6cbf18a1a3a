package org.haven.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.haven.shared.AuditableEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Records every {@link AuditableEvent} in the caller's transaction. */
@Component
class AuditableEventListener {

    static final String SOURCE_ADDRESS = "sourceAddress";

    private final AuditLog audit;
    private final AuditActionCatalog catalog;

    AuditableEventListener(AuditLog audit, AuditActionCatalog catalog) {
        this.audit = audit;
        this.catalog = catalog;
    }

    @EventListener
    void on(AuditableEvent event) {
        catalog.check(event.action());
        audit.record(event.actorId(), event.action(), event.subjectType(), event.subjectId(), details(event));
    }

    /**
     * The event's details, with the client's address when the event asks for it: the address the
     * servlet container reports, which is the real client's behind a proxy when forwarded headers
     * are trusted (docs/operations.md), the same address the sign-in throttle counts.
     */
    private static Map<String, Object> details(AuditableEvent event) {
        if (!event.recordsSourceAddress()
                || !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
            return event.details();
        }
        Map<String, Object> details = new LinkedHashMap<>(event.details());
        details.put(SOURCE_ADDRESS, request.getRequest().getRemoteAddr());
        return details;
    }
}
