package org.haven.family;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A private link a family uses to fill in its case; only the token's hash is kept. */
@Entity
@Table(name = "intake_link")
public class IntakeLink {

    @Id
    private UUID id;

    @Column(name = "family_id", nullable = false)
    private UUID familyId;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_by", nullable = false)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private Long version;

    protected IntakeLink() {
    }

    IntakeLink(UUID familyId, String tokenHash, UUID createdBy, Instant createdAt, Instant expiresAt) {
        this.id = UUID.randomUUID();
        this.familyId = familyId;
        this.tokenHash = tokenHash;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsable(Instant now) {
        return submittedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    boolean isUsed() {
        return submittedAt != null || revokedAt != null;
    }

    void submit(Instant now) {
        submittedAt = now;
    }

    void revoke(Instant now) {
        if (submittedAt == null && revokedAt == null) {
            revokedAt = now;
        }
    }

    UUID getCreatedBy() {
        return createdBy;
    }

    UUID getFamilyId() {
        return familyId;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
