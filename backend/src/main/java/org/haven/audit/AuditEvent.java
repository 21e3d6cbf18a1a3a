package org.haven.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.haven.shared.AssignedIdEntity;
import org.hibernate.annotations.Immutable;

/**
 * One line of the append-only audit log: who did what to which record, and when. It never
 * holds the data itself. Hibernate treats it as immutable; no endpoint changes or deletes it.
 */
@Entity
@Immutable
@Table(name = "audit_event")
public class AuditEvent extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** The account that acted; null when nobody was signed in (a failed sign-in with an unknown email). */
    @Column(name = "actor_id")
    private UUID actorId;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(name = "subject_type", length = 40)
    private String subjectType;

    @Column(name = "subject_id")
    private UUID subjectId;

    /** What changed, as JSON ({@code {"before": {...}, "after": {...}}}); null when the action says it all. */
    @Column(length = 4000)
    private String details;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, UUID actorId, String action, String subjectType, UUID subjectId, String details) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.details = details;
    }

    public UUID getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UUID getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public String getDetails() {
        return details;
    }
}
