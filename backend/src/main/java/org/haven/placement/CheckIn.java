package org.haven.placement;

import java.time.Instant;
import java.time.LocalDate;
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

/** A caseworker's check-in on a placement; the note may describe the family, so it is encrypted. */
@Entity
@Immutable
@Table(name = "placement_check_in")
class CheckIn extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "check_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Wellbeing wellbeing;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(length = 16000)
    private String note;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected CheckIn() {
    }

    CheckIn(UUID placementId, LocalDate date, Wellbeing wellbeing, String note, UUID recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.placementId = placementId;
        this.date = date;
        this.wellbeing = wellbeing;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public UUID getId() {
        return id;
    }

    public UUID getPlacementId() {
        return placementId;
    }

    public LocalDate getDate() {
        return date;
    }

    public Wellbeing getWellbeing() {
        return wellbeing;
    }

    public String getNote() {
        return note;
    }

    public UUID getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
