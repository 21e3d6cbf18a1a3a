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
import jakarta.persistence.Version;

import org.haven.shared.crypto.EncryptedStringConverter;

/**
 * One approved family–offer pair from the host's answer to the end of the stay. Free-text reasons
 * may describe people and what went wrong, so they are encrypted at rest.
 */
@Entity
@Table(name = "placement")
class Placement {

    @Id
    private UUID id;

    @Column(name = "proposal_id", nullable = false)
    private UUID proposalId;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "offer_id", nullable = false)
    private UUID offerId;

    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    @Column(name = "family_reference", nullable = false, length = 40)
    private String familyReference;

    @Column(name = "offer_title", nullable = false, length = 200)
    private String offerTitle;

    @Column(name = "offer_place", length = 200)
    private String offerPlace;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementStatus status;

    /** The offer while live, else null: a unique constraint keeps one live placement per offer. */
    @Column(name = "live_offer_id")
    private UUID liveOfferId;

    /** The family while live, else null: a unique constraint keeps one live placement per family. */
    @Column(name = "live_family_id")
    private UUID liveFamilyId;

    @Column(name = "approved_by", nullable = false)
    private UUID approvedBy;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    /** Since when the family had waited READY when the proposal was approved (time to match). */
    @Column(name = "family_ready_at")
    private Instant familyReadyAt;

    /** The rules among H10–H12 the approval overrode, comma-separated, or null. */
    @Column(name = "overridden_rules", length = 40)
    private String overriddenRules;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "override_reason", length = 8000)
    private String overrideReason;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "decline_reason", length = 8000)
    private String declineReason;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "move_in_date")
    private LocalDate moveInDate;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "end_note", length = 8000)
    private String endNote;

    private Boolean rematch;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Placement() {
    }

    Placement(UUID proposalId, UUID familyId, UUID offerId, UUID hostId, String familyReference, String offerTitle,
            String offerPlace, UUID approvedBy, Instant familyReadyAt, String overriddenRules, String overrideReason,
            Instant now) {
        this.id = UUID.randomUUID();
        this.proposalId = proposalId;
        this.familyId = familyId;
        this.offerId = offerId;
        this.hostId = hostId;
        this.familyReference = familyReference;
        this.offerTitle = offerTitle;
        this.offerPlace = offerPlace;
        this.status = PlacementStatus.AWAITING_HOST;
        this.liveOfferId = offerId;
        this.liveFamilyId = familyId;
        this.approvedBy = approvedBy;
        this.approvedAt = now;
        this.familyReadyAt = familyReadyAt;
        this.overriddenRules = overriddenRules;
        this.overrideReason = overrideReason;
        this.updatedAt = now;
    }

    void reminded(Instant now) {
        remindedAt = now;
        updatedAt = now;
    }

    void accepted(Instant now) {
        status = PlacementStatus.HOST_ACCEPTED;
        answeredAt = now;
        updatedAt = now;
    }

    void declined(String reason, Instant now) {
        finish(PlacementStatus.HOST_DECLINED, now);
        answeredAt = now;
        declineReason = reason;
    }

    void expired(Instant now) {
        finish(PlacementStatus.EXPIRED, now);
    }

    void confirmed(Instant now) {
        status = PlacementStatus.CONFIRMED;
        confirmedAt = now;
        updatedAt = now;
    }

    void movedIn(LocalDate date, Instant now) {
        status = PlacementStatus.MOVED_IN;
        moveInDate = date;
        updatedAt = now;
    }

    void ended(LocalDate date, EndReason reason, String note, boolean sendToRematch, Instant now) {
        finish(PlacementStatus.ENDED, now);
        endedOn = date;
        endReason = reason;
        endNote = note;
        rematch = sendToRematch;
    }

    private void finish(PlacementStatus end, Instant now) {
        status = end;
        liveOfferId = null;
        liveFamilyId = null;
        updatedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProposalId() {
        return proposalId;
    }

    public UUID getFamilyId() {
        return familyId;
    }

    public UUID getOfferId() {
        return offerId;
    }

    public UUID getHostId() {
        return hostId;
    }

    public String getFamilyReference() {
        return familyReference;
    }

    public String getOfferTitle() {
        return offerTitle;
    }

    public String getOfferPlace() {
        return offerPlace;
    }

    public PlacementStatus getStatus() {
        return status;
    }

    public UUID getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getFamilyReadyAt() {
        return familyReadyAt;
    }

    public String getOverriddenRules() {
        return overriddenRules;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDate getMoveInDate() {
        return moveInDate;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getEndNote() {
        return endNote;
    }

    public Boolean getRematch() {
        return rematch;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
