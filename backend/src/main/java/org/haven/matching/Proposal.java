package org.haven.matching;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.family.Urgency;
import org.haven.host.OfferType;
import org.haven.shared.crypto.EncryptedStringConverter;

/**
 * A family–offer pair a run proposed. It keeps the summary and the explanation as they were when
 * the run ended (a later edit of the case or the offer does not rewrite why it was proposed), and
 * no personal data beyond the case reference and household composition.
 */
@Entity
@Table(name = "matching_proposal")
class Proposal {

    @Id
    private UUID id;

    /** Null for a pair a caseworker proposed by hand. */
    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "offer_id", nullable = false)
    private UUID offerId;

    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProposalStatus status;

    /** Minus the pair's soft penalties (S1–S7 as its explanation lists them). */
    @Column(nullable = false)
    private long score;

    @Column(name = "distance_km")
    private Integer distanceKm;

    @Column(name = "family_reference", nullable = false, length = 40)
    private String familyReference;

    @Column(name = "family_size", nullable = false)
    private int familySize;

    @Column(name = "family_adults", nullable = false)
    private int familyAdults;

    @Column(name = "family_children", nullable = false)
    private int familyChildren;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Urgency urgency;

    @Column(name = "family_place", length = 200)
    private String familyPlace;

    @Column(name = "family_ready_at")
    private Instant familyReadyAt;

    @Column(name = "offer_title", nullable = false, length = 200)
    private String offerTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "offer_type", nullable = false, length = 20)
    private OfferType offerType;

    @Column(name = "offer_place", length = 200)
    private String offerPlace;

    @Column(name = "offer_bedrooms", nullable = false)
    private int offerBedrooms;

    @Column(name = "offer_max_guests", nullable = false)
    private int offerMaxGuests;

    /** The explanation lines as JSON (see ProposalExplanations). */
    @Column(nullable = false, length = 20000)
    private String explanation;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private UUID decidedBy;

    /** May say why a home is unsuitable for this family: encrypted at rest. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(UUID runId, ProposalSnapshot snapshot, long score, String explanation, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.familyId = snapshot.familyId();
        this.offerId = snapshot.offerId();
        this.hostId = snapshot.hostId();
        this.status = ProposalStatus.PROPOSED;
        this.createdAt = createdAt;
        renew(runId, snapshot, score, explanation);
    }

    /**
     * A later run proposes this undecided pair again (S7 keeps it when nothing better came): the
     * proposal stays the one a caseworker may be reviewing, with the new run's facts and explanation.
     */
    void renew(UUID runId, ProposalSnapshot snapshot, long score, String explanation) {
        if (!snapshot.familyId().equals(familyId) || !snapshot.offerId().equals(offerId)) {
            throw new IllegalArgumentException("A proposal is renewed only for its own pair");
        }
        this.runId = runId;
        this.score = score;
        this.distanceKm = snapshot.distanceKm();
        this.familyReference = snapshot.familyReference();
        this.familySize = snapshot.familySize();
        this.familyAdults = snapshot.familyAdults();
        this.familyChildren = snapshot.familyChildren();
        this.urgency = snapshot.urgency();
        this.familyPlace = snapshot.familyPlace();
        this.familyReadyAt = snapshot.familyReadyAt();
        this.offerTitle = snapshot.offerTitle();
        this.offerType = snapshot.offerType();
        this.offerPlace = snapshot.offerPlace();
        this.offerBedrooms = snapshot.offerBedrooms();
        this.offerMaxGuests = snapshot.offerMaxGuests();
        this.explanation = explanation;
    }

    /** The pair's facts as a run saw them, kept with the proposal. */
    record ProposalSnapshot(UUID familyId, UUID offerId, UUID hostId, Integer distanceKm, String familyReference,
                            int familySize, int familyAdults, int familyChildren, Urgency urgency,
                            String familyPlace, Instant familyReadyAt, String offerTitle, OfferType offerType,
                            String offerPlace, int offerBedrooms, int offerMaxGuests) {
    }

    void supersede() {
        status = ProposalStatus.SUPERSEDED;
    }

    void approve(UUID actorId, Instant now) {
        decide(ProposalStatus.APPROVED, actorId, null, now);
    }

    void reject(UUID actorId, String reason, Instant now) {
        decide(ProposalStatus.REJECTED, actorId, reason, now);
    }

    private void decide(ProposalStatus decision, UUID actorId, String reason, Instant now) {
        status = decision;
        decidedBy = actorId;
        decisionReason = reason;
        decidedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getRunId() {
        return runId;
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

    public ProposalStatus getStatus() {
        return status;
    }

    public long getScore() {
        return score;
    }

    public Integer getDistanceKm() {
        return distanceKm;
    }

    public String getFamilyReference() {
        return familyReference;
    }

    public int getFamilySize() {
        return familySize;
    }

    public int getFamilyAdults() {
        return familyAdults;
    }

    public int getFamilyChildren() {
        return familyChildren;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public String getFamilyPlace() {
        return familyPlace;
    }

    public Instant getFamilyReadyAt() {
        return familyReadyAt;
    }

    public String getOfferTitle() {
        return offerTitle;
    }

    public OfferType getOfferType() {
        return offerType;
    }

    public String getOfferPlace() {
        return offerPlace;
    }

    public int getOfferBedrooms() {
        return offerBedrooms;
    }

    public int getOfferMaxGuests() {
        return offerMaxGuests;
    }

    public String getExplanation() {
        return explanation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public UUID getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
