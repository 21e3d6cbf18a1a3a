package org.haven.host;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.haven.shared.AssignedIdEntity;
import org.haven.shared.crypto.EncryptedStringConverter;
import org.hibernate.annotations.Immutable;

/** One change of a host's vetting, shown to caseworkers as the host's history; never to the host. */
@Entity
@Immutable
@Table(name = "host_vetting_event")
public class VettingEvent extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_id", nullable = false)
    private UUID actorId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false, length = 30)
    private VettingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 30)
    private VettingStatus toStatus;

    /** May say why a household is unsafe: encrypted at rest. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(length = 12000)
    private String note;

    protected VettingEvent() {
    }

    VettingEvent(UUID hostId, Instant occurredAt, UUID actorId, VettingStatus fromStatus, VettingStatus toStatus,
            String note) {
        this.id = UUID.randomUUID();
        this.hostId = hostId;
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    @Override
    public UUID getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public UUID getActorId() {
        return actorId;
    }

    public VettingStatus getFromStatus() {
        return fromStatus;
    }

    public VettingStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }
}
