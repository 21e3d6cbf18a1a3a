package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of the audit log as the admin API shows it. {@code actorEmail} and {@code subjectEmail}
 * name the accounts behind the ids when they are accounts (null otherwise: nobody signed in, a
 * family case); {@code details} is what changed, {@code {"before": {...}, "after": {...}}}, or null.
 */
public record AuditEventResponse(UUID id, Instant at, UUID actorId, String actorEmail, String action,
        String subjectType, UUID subjectId, String subjectEmail, JsonNode details) {
}
