package org.haven.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no delete or update here. */
interface AuditEventRepository extends Repository<AuditEvent, UUID> {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectIdOrderByOccurredAt(UUID subjectId);
}
