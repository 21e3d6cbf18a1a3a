package org.haven.account;

import java.time.Instant;
import java.util.UUID;

/**
 * What happens to accounts, published for the audit log and for session handling. Events carry
 * ids, never personal data or secrets.
 */
public final class AccountEvents {

    private AccountEvents() {
    }

    public record AccountRegistered(UUID accountId) {
    }

    public record AccountCreated(UUID accountId, UUID createdBy, Role role) {
    }

    public record PasswordChanged(UUID accountId) {
    }

    public record LoginSucceeded(UUID accountId) {
    }

    /** A failed sign-in; {@code accountId} is null when no account has the email given. */
    public record LoginFailed(UUID accountId) {
    }

    public record AccountLocked(UUID accountId, Instant lockedUntil) {
    }
}
