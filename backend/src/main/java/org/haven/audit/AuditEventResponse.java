package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line of the audit log as the admin API shows it. {@code actorEmail} and {@code subjectEmail}
 * name the accounts behind the ids when they are accounts (null otherwise: nobody signed in, a
 * family case); {@code subjectName} names other records as a reader knows them (a family case's
 * reference, an offer's title, a matching run's start as an ISO instant, a proposal's or a
 * placement's family reference), or is null; {@code details} is what changed,
 * {@code {"before": {...}, "after": {...}}}, or null.
 */
public record AuditEventResponse(UUID id, Instant at, UUID actorId, String actorEmail, String action,
        String subjectType, UUID subjectId, String subjectEmail, String subjectName, JsonNode details) {
}
