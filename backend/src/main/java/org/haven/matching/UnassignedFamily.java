package org.haven.matching;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.haven.family.Urgency;

/** A family a run left without an offer, as the caseworker saw it then. */
@Embeddable
class UnassignedFamily {

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "family_reference", nullable = false, length = 40)
    private String reference;

    @Column(name = "family_size", nullable = false)
    private int size;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Urgency urgency;

    @Column(name = "family_ready_at")
    private Instant readyAt;

    protected UnassignedFamily() {
    }

    UnassignedFamily(UUID familyId, String reference, int size, Urgency urgency, Instant readyAt) {
        this.familyId = familyId;
        this.reference = reference;
        this.size = size;
        this.urgency = urgency;
        this.readyAt = readyAt;
    }

    public UUID getFamilyId() {
        return familyId;
    }

    public String getReference() {
        return reference;
    }

    public int getSize() {
        return size;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public Instant getReadyAt() {
        return readyAt;
    }
}
