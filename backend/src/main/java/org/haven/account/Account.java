package org.haven.account;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.crypto.EncryptedStringConverter;

/** A person who signs in to Haven: a host, a caseworker or an admin. */
@Entity
@Table(name = "account")
public class Account {

    @Id
    private UUID id;

    /** Stored trimmed and lower-case, so the unique constraint is case-insensitive. */
    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccountStatus status;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Failed sign-ins since the last success or lock. */
    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    /** Locks since the last successful sign-in; each lock lasts longer than the one before. */
    @Column(name = "lock_count", nullable = false)
    private int lockCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** False until the owner of the mailbox has followed a link Haven emailed to it. */
    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    /** The tag of the language the account's emails are written in (en, uk, fa-AF). */
    @Column(nullable = false, length = 8)
    private String language;

    /** The base32 TOTP secret of the second factor, encrypted; null while the account has none. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "totp_secret")
    private String totpSecret;

    /** A secret shown at enrolment, waiting for its first code to be confirmed; encrypted. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "totp_pending_secret")
    private String totpPendingSecret;

    @Column(name = "totp_enabled_at")
    private Instant totpEnabledAt;

    /** The last time step whose code was accepted: no code of it or an earlier step is accepted again. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    /** SHA-256 (hex) of the unused recovery codes. */
    @ElementCollection
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    @Version
    private Long version;

    protected Account() {
    }

    Account(String email, String displayName, String passwordHash, Role role, boolean passwordChangeRequired,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.status = AccountStatus.ACTIVE;
        this.passwordChangeRequired = passwordChangeRequired;
        this.createdAt = createdAt;
        this.emailVerified = true;
        this.language = "en";
    }

    /**
     * An account nobody can sign in to yet: a host who signed up and has not followed the link
     * of the verification email, or a person invited (by an admin, by a caseworker's import) who
     * has not chosen a password.
     */
    static Account withoutPassword(String email, String displayName, Role role, String language, Instant createdAt) {
        Account account = new Account(email, displayName, PasswordHasher.NO_PASSWORD, role, false, createdAt);
        account.emailVerified = false;
        account.language = language;
        return account;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    boolean canSignInAt(Instant now) {
        return status == AccountStatus.ACTIVE && !isLockedAt(now);
    }

    /**
     * Counts a failed sign-in and locks the account once {@code maxFailures} is reached.
     *
     * @return the end of the new lock, or {@code null} when this failure did not lock the account
     */
    Instant recordFailedLogin(Instant now, int maxFailures, Duration firstLock, Duration longestLock) {
        if (isLockedAt(now)) {
            return null; // attempts during a lock neither count nor extend it
        }
        failedLoginCount++;
        if (failedLoginCount < maxFailures) {
            return null;
        }
        Duration lock = firstLock.multipliedBy(1L << Math.min(lockCount, 20));
        if (lock.compareTo(longestLock) > 0) {
            lock = longestLock;
        }
        lockCount++;
        failedLoginCount = 0;
        lockedUntil = now.plus(lock);
        return lockedUntil;
    }

    void recordSuccessfulLogin(Instant now) {
        failedLoginCount = 0;
        lockCount = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /**
     * Takes back the failure that {@link #recordFailedLogin} counted for an attempt whose password
     * was right, without clearing earlier failures: for an account with a second factor only the
     * code completes a sign-in, so a right password must not wipe out wrong codes typed before it.
     */
    void undoFailedLogin(Instant lockedByThisAttempt, int maxFailures) {
        if (lockedByThisAttempt != null && lockedByThisAttempt.equals(lockedUntil)) {
            lockedUntil = null;
            lockCount = Math.max(0, lockCount - 1);
            failedLoginCount = maxFailures - 1;
        } else if (failedLoginCount > 0) {
            failedLoginCount--;
        }
    }

    boolean hasSecondFactor() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    String getTotpPendingSecret() {
        return totpPendingSecret;
    }

    void startSecondFactorEnrolment(String secret) {
        totpPendingSecret = secret;
    }

    /**
     * Accepts a code of {@code step}, unless a code of this step or a later one was accepted
     * before (no replay).
     */
    boolean acceptTimeStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** The enrolled secret becomes the second factor, with new recovery codes (their hashes). */
    void confirmSecondFactor(Set<String> newRecoveryCodeHashes, Instant now) {
        totpSecret = totpPendingSecret;
        totpPendingSecret = null;
        totpEnabledAt = now;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(newRecoveryCodeHashes);
    }

    /** Uses up a recovery code; false when no unused code has this hash. */
    boolean useRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    int getRecoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    /**
     * Removes the second factor, its recovery codes and any enrolment under way; whether there was
     * a second factor (an enrolment not confirmed yet is none). The time step stays: an old code
     * never works again.
     */
    boolean removeSecondFactor() {
        boolean had = totpSecret != null || !recoveryCodeHashes.isEmpty();
        totpSecret = null;
        totpPendingSecret = null;
        totpEnabledAt = null;
        recoveryCodeHashes.clear();
        return had;
    }

    boolean isActiveAdmin() {
        return role == Role.ADMIN && status == AccountStatus.ACTIVE;
    }

    void changeRole(Role newRole) {
        this.role = newRole;
    }

    void changeStatus(AccountStatus newStatus) {
        this.status = newStatus;
    }

    /** Whether a lock or a failure count is there for an admin to clear. */
    boolean hasSignInFailuresAt(Instant now) {
        return isLockedAt(now) || failedLoginCount > 0 || lockCount > 0;
    }

    /**
     * Clears a lock and the failures that led to it, as if the user had just signed in: an admin
     * who unlocks an account has checked with its owner, so the next lock starts short again.
     */
    void unlock() {
        failedLoginCount = 0;
        lockCount = 0;
        lockedUntil = null;
    }

    /**
     * Sets the password from an emailed link (verification, reset, invitation): following it
     * proves the mailbox is the account's, and clears any sign-in lock, as the person has just
     * shown who they are.
     */
    void setPasswordFromEmailedLink(String newPasswordHash) {
        changePassword(newPasswordHash);
        emailVerified = true;
        unlock();
    }

    boolean hasPassword() {
        return !PasswordHasher.NO_PASSWORD.equals(passwordHash);
    }

    boolean isEmailVerified() {
        return emailVerified;
    }

    public String getLanguage() {
        return language;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

    void changePassword(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.passwordChangeRequired = false;
    }

    public UUID getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getTotpEnabledAt() {
        return totpEnabledAt;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    int getFailedLoginCount() {
        return failedLoginCount;
    }
}
