package org.haven.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.haven.shared.AssignedIdEntity;

/**
 * Something a user must act on. It names the kind and the record (by id and reference code),
 * never personal data; the SPA words it in the reader's language.
 */
@Entity
@Table(name = "notification")
public class Notification extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "recipient_id", nullable = false)
    private UUID recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    private static final int REFERENCE_LENGTH = 40;

    @Column(name = "subject_reference", length = REFERENCE_LENGTH)
    private String subjectReference;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(UUID recipientId, NotificationKind kind, UUID subjectId, String subjectReference, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipientId = recipientId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.subjectReference = shortened(subjectReference);
        this.createdAt = createdAt;
    }

    /**
     * A reference is a label for the list (a case reference, an offer's title). Offer titles may be
     * 100 characters and the column holds 40: a longer one ends in "…" rather than failing the
     * approval that sends the notification.
     */
    private static String shortened(String reference) {
        if (reference == null || reference.length() <= REFERENCE_LENGTH) {
            return reference;
        }
        return reference.substring(0, REFERENCE_LENGTH - 1).stripTrailing() + "…";
    }

    void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public UUID getSubjectId() {
        return subjectId;
    }

    public String getSubjectReference() {
        return subjectReference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
