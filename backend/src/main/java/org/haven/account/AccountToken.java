package org.haven.account;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.haven.shared.AssignedIdEntity;

/** A link emailed to an account; only the hash of its token is stored (see {@link AccountLinks}). */
@Entity
@Table(name = "account_token")
class AccountToken extends AssignedIdEntity {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private UUID accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenKind kind;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    /** The password chosen at sign-up, set on the account when the verification link is followed. */
    @Column(name = "pending_password_hash")
    private String pendingPasswordHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    /** When the link was used or replaced by a newer one; null while it may still be used. */
    @Column(name = "ended_at")
    private Instant endedAt;

    protected AccountToken() {
    }

    AccountToken(UUID accountId, TokenKind kind, String tokenHash, String pendingPasswordHash, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.pendingPasswordHash = pendingPasswordHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(kind.validFor());
        this.endedAt = kind == TokenKind.SIGN_UP_NOTICE ? createdAt : null;
    }

    public UUID getId() {
        return id;
    }

    UUID getAccountId() {
        return accountId;
    }

    TokenKind getKind() {
        return kind;
    }

    String getPendingPasswordHash() {
        return pendingPasswordHash;
    }

    boolean isUsableAt(Instant now) {
        return endedAt == null && now.isBefore(expiresAt);
    }
}
