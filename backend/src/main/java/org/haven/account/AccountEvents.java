package org.haven.account;

import java.time.Instant;
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

    public record LoginSucceeded(UUID accountId) implements AboutAccount {

        @Override
        public UUID actorId() {
            return accountId;
        }

        @Override
        public String action() {
            return "LOGIN_SUCCEEDED";
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
}
