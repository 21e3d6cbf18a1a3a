package org.haven.audit;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Append and read only: there is deliberately no delete or update here. */
interface AuditEventRepository extends Repository<AuditEvent, UUID>, AuditEventSearch {

    AuditEvent save(AuditEvent event);

    List<AuditEvent> findBySubjectIdOrderByOccurredAt(UUID subjectId);

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> actions();
}
