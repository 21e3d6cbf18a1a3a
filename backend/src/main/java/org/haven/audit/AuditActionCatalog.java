package org.haven.audit;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.haven.shared.AuditActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every action the server can record, gathered from the modules ({@link AuditActions}): the
 * {@code action} field's enum in the API description, from which the SPA's labels are checked.
 * An event whose action no module listed is still recorded (the log must never lose an access),
 * but it is reported as an error; with {@code haven.audit.strict-actions} (set in tests) it is
 * refused, so a new action without its entry fails the tests that emit it.
 */
@Component
class AuditActionCatalog {

    private static final Logger log = LoggerFactory.getLogger(AuditActionCatalog.class);

    private final SortedSet<String> actions = new TreeSet<>();
    private final boolean strict;

    AuditActionCatalog(List<AuditActions> modules, @Value("${haven.audit.strict-actions:false}") boolean strict) {
        modules.forEach(module -> actions.addAll(module.auditActions()));
        this.strict = strict;
    }

    /** Alphabetical. */
    List<String> all() {
        return List.copyOf(actions);
    }

    void check(String action) {
        if (actions.contains(action)) {
            return;
        }
        if (strict) {
            throw new IllegalStateException("The audit action " + action + " is in no module's AuditActions");
        }
        log.error("The audit action {} is in no module's AuditActions: the audit log shows its code", action);
    }
}
