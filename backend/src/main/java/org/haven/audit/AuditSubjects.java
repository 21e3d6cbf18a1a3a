package org.haven.audit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.shared.AuditSubjectNames;
import org.springframework.stereotype.Component;

/**
 * The names of a page of events' records, asked of the module that owns each kind (one query per
 * kind on the page, whatever the page's size): see {@link AuditSubjectNames}.
 */
@Component
class AuditSubjects {

    private final Map<String, AuditSubjectNames> byType;

    AuditSubjects(List<AuditSubjectNames> modules) {
        this.byType = modules.stream().collect(Collectors.toMap(AuditSubjectNames::subjectType, Function.identity()));
    }

    /** Subject id → name, for the events' subjects that have one. */
    Map<UUID, String> namesOf(Iterable<AuditEvent> events) {
        Map<String, Set<UUID>> idsByType = new HashMap<>();
        for (AuditEvent event : events) {
            if (event.getSubjectType() != null && event.getSubjectId() != null
                    && byType.containsKey(event.getSubjectType())) {
                idsByType.computeIfAbsent(event.getSubjectType(), type -> new HashSet<>()).add(event.getSubjectId());
            }
        }
        Map<UUID, String> names = new HashMap<>();
        idsByType.forEach((type, ids) -> names.putAll(byType.get(type).namesOf(ids)));
        return names;
    }
}
