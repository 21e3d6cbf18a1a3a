package org.haven.account;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.AuditableEvent;

/**
 * What happens to accounts, published for the audit log and for session handling. Events carry
 * ids, never personal data or secrets.
 */
public final class AccountEvents {

    static final String ACCOUNT = "ACCOUNT";

    private AccountEvents() {
    }

    /** An event about one account, audited with the account as its subject. */
    interface AboutAccount extends AuditableEvent {

        UUID accountId();

        @Override
        default String subjectType() {
            return accountId() == null ? null : ACCOUNT;
        }

        @Override
        default UUID subjectId() {
            return accountId();
        }
    }

    public record AccountRegistered(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "ACCOUNT_REGISTERED";
        }
    }

    /** A host signed up again with the address of an account not verified yet: a new verification link was sent. */
    public record RegistrationRepeated(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public String action() {
            return "ACCOUNT_REGISTRATION_REPEATED";
        }
    }

    /** Someone signed up with the address of an existing account; its owner was told (or the hourly limit was reached). */
    public record SignUpWithExistingEmail(UUID accountId, boolean emailed) implements AboutAccount {

        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public String action() {
            return "SIGN_UP_WITH_EXISTING_EMAIL";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("emailed", emailed);
        }
    }

    /** The owner of the mailbox followed the verification link: the account can sign in. */
    public record EmailVerified(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "EMAIL_VERIFIED";
        }
    }

    /** Someone asked for a password reset of this account; {@code emailed} is false past the hourly limit. */
    public record PasswordResetRequested(UUID accountId, boolean emailed) implements AboutAccount {

        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public String action() {
            return "PASSWORD_RESET_REQUESTED";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("emailed", emailed);
        }
    }

    /** The password was set through a reset link; every session of the account ends (see the security module). */
    public record PasswordReset(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "PASSWORD_RESET";
        }
    }

    /** An invitation was emailed (at creation, at an import, or sent again); {@code sentBy} is the acting user. */
    public record InvitationSent(UUID accountId, UUID sentBy) implements AboutAccount {

        @Override
        public UUID actorId() {
            return sentBy;
        }

        @Override
        public String action() {
            return "INVITATION_SENT";
        }
    }

    /** The invited person chose their password: the account can sign in. */
    public record InvitationAccepted(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "INVITATION_ACCEPTED";
        }
    }

    /** {@code createdBy} is null for accounts the system creates (the first admin, demo accounts). */
    public record AccountCreated(UUID accountId, UUID createdBy, Role role) implements AboutAccount {

        @Override
        public UUID actorId() {
            return createdBy;
        }

        @Override
        public String action() {
            return "ACCOUNT_CREATED_" + role.name();
        }
    }

    public record PasswordChanged(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "PASSWORD_CHANGED";
        }
    }

    /** A signed-in user typed a wrong current password; it counts towards the account's lock. */
    public record PasswordCheckFailed(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "PASSWORD_CHECK_FAILED";
        }
    }

    /**
     * The password was right. {@code secondFactor} {@code REQUIRED} or {@code ENROL}: the sign-in
     * is only half done (recorded in the details); a {@code SECOND_FACTOR_…} event follows.
     */
    public record LoginSucceeded(UUID accountId, SecondFactor secondFactor) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "LOGIN_SUCCEEDED";
        }

        @Override
        public Map<String, Object> details() {
            return secondFactor == SecondFactor.DONE ? Map.of() : Map.of("secondFactor", secondFactor.name());
        }
    }

    /** A failed sign-in; {@code accountId} is null when no account has the email given. */
    public record LoginFailed(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public String action() {
            return "LOGIN_FAILED";
        }

        @Override
        public boolean recordsSourceAddress() {
            return true;
        }
    }

    public record AccountLocked(UUID accountId, Instant lockedUntil) implements AboutAccount {

        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public String action() {
            return "ACCOUNT_LOCKED";
        }
    }

    /** An admin gave an account another role; its sessions end (see the security module). */
    public record AccountRoleChanged(UUID accountId, UUID changedBy, Role before, Role after) implements AboutAccount {

        @Override
        public UUID actorId() {
            return changedBy;
        }

        @Override
        public String action() {
            return "ACCOUNT_ROLE_CHANGED";
        }

        @Override
        public Map<String, Object> details() {
            return beforeAndAfter("role", before.name(), after.name());
        }
    }

    /** An admin disabled or re-enabled an account; disabling ends its sessions (see the security module). */
    public record AccountStatusChanged(UUID accountId, UUID changedBy, AccountStatus before, AccountStatus after)
            implements AboutAccount {

        public boolean disabled() {
            return after == AccountStatus.DISABLED;
        }

        @Override
        public UUID actorId() {
            return changedBy;
        }

        @Override
        public String action() {
            return disabled() ? "ACCOUNT_DISABLED" : "ACCOUNT_ENABLED";
        }

        @Override
        public Map<String, Object> details() {
            return beforeAndAfter("status", before.name(), after.name());
        }
    }

    /**
     * An admin cleared a sign-in lock (or the failures counting towards one). {@code lockedUntil}
     * is the end of the lock that was cleared, null when the account was not locked yet.
     */
    public record AccountUnlocked(UUID accountId, UUID unlockedBy, Instant lockedUntil, int failedSignIns)
            implements AboutAccount {

        @Override
        public UUID actorId() {
            return unlockedBy;
        }

        @Override
        public String action() {
            return "ACCOUNT_UNLOCKED";
        }

        @Override
        public Map<String, Object> details() {
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
            before.put("failedSignIns", failedSignIns);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("lockedUntil", null);
            after.put("failedSignIns", 0);
            return beforeAndAfter(before, after);
        }
    }

    /** A second factor (TOTP) was set up and confirmed with a first code; ten recovery codes were issued. */
    public record SecondFactorEnrolled(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "SECOND_FACTOR_ENROLLED";
        }
    }

    /** The second step of a sign-in succeeded: {@code method} is {@code TOTP} or {@code RECOVERY_CODE}. */
    public record SecondFactorSucceeded(UUID accountId, String method) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "SECOND_FACTOR_SUCCEEDED";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("method", method);
        }
    }

    /** A wrong (or replayed) code at the second step; it counts towards the account's lock. */
    public record SecondFactorFailed(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "SECOND_FACTOR_FAILED";
        }

        @Override
        public boolean recordsSourceAddress() {
            return true;
        }
    }

    /** A recovery code was used up (the person is emailed about it); {@code recoveryCodesLeft} remain. */
    public record RecoveryCodeUsed(UUID accountId, int recoveryCodesLeft) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "RECOVERY_CODE_USED";
        }

        @Override
        public Map<String, Object> details() {
            return Map.of("recoveryCodesLeft", recoveryCodesLeft);
        }
    }

    /** The owner turned their (optional) second factor off, confirming with a code. */
    public record SecondFactorTurnedOff(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "SECOND_FACTOR_TURNED_OFF";
        }
    }

    /**
     * An admin reset a lost second factor: the account's sessions end, its person is emailed, and
     * staff set up a new one at their next sign-in while it is required.
     */
    public record SecondFactorReset(UUID accountId, UUID resetBy) implements AboutAccount {

        @Override
        public UUID actorId() {
            return resetBy;
        }

        @Override
        public String action() {
            return "SECOND_FACTOR_RESET";
        }
    }

    private static Map<String, Object> beforeAndAfter(String setting, Object before, Object after) {
        return beforeAndAfter(Map.of(setting, before), Map.of(setting, after));
    }

    /** In this order, so the stored JSON reads before → after. */
    private static Map<String, Object> beforeAndAfter(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before);
        details.put("after", after);
        return details;
    }
}
