package org.haven.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.haven.account.AccountEvents.AccountLocked;
import org.haven.account.AccountEvents.LoginFailed;
import org.haven.account.AccountEvents.LoginSucceeded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a sign-in and keeps the failure count that locks an account.
 * <p>
 * An attempt is counted as a failure <em>before</em> its password is checked (in a short
 * transaction that locks the account's row), so a burst of simultaneous guesses is counted in
 * full and the lock stops it; a correct password then clears the count, as any successful
 * sign-in does. The password is checked outside any transaction, so the Argon2 work (and any wait
 * for a free hashing slot) holds no database connection.
 * <p>
 * Every path hashes the password once, so the answer time does not tell whether an email is
 * registered, locked or disabled; the caller answers every failure the same way.
 */
@Service
public class SignInService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LockoutProperties lockout;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final StaffTwoFactorProperties twoFactor;

    SignInService(AccountRepository accounts, PasswordHasher hasher, LockoutProperties lockout,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager,
            StaffTwoFactorProperties twoFactor) {
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.hasher = hasher;
        this.lockout = lockout;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** What the counting step found: no account, one that cannot sign in now, or a counted attempt. */
    private record Attempt(UUID accountId, String passwordHash, boolean counted, Instant lockedByThisAttempt) {

        static final Attempt UNKNOWN = new Attempt(null, null, false, null);
    }

    /** The signed-in account, or empty for any failure (unknown, wrong password, locked, disabled). */
    public Optional<AccountPrincipal> signIn(String email, String password) {
        Attempt attempt = transactions.execute(status -> count(normalizeEmail(email)));
        String typed = password == null ? "" : password;
        boolean passwordMatches = attempt.counted()
                ? password != null && hasher.matches(typed, attempt.passwordHash())
                : hasher.matchesNothing(typed);
        return transactions.execute(status -> conclude(attempt, passwordMatches));
    }

    private Attempt count(String email) {
        Optional<Account> found = accounts.lockByEmail(email);
        if (found.isEmpty()) {
            return Attempt.UNKNOWN;
        }
        Account account = found.get();
        Instant now = clock.instant();
        if (!account.canSignInAt(now)) {
            return new Attempt(account.getId(), null, false, null);
        }
        Instant lockedUntil = account.recordFailedLogin(now, lockout.maxFailures(), lockout.firstLock(),
                lockout.longestLock());
        return new Attempt(account.getId(), account.getPasswordHash(), true, lockedUntil);
    }

    private Optional<AccountPrincipal> conclude(Attempt attempt, boolean passwordMatches) {
        if (passwordMatches) {
            Account account = accounts.lockById(attempt.accountId()).orElse(null);
            // Disabled (or removed) while its password was being checked: no sign-in.
            if (account != null && account.getStatus() == AccountStatus.ACTIVE) {
                SecondFactor step = secondFactorAfterPassword(account);
                if (step == SecondFactor.REQUIRED) {
                    // Only the code completes this sign-in: wrong codes typed before stay counted.
                    account.undoFailedLogin(attempt.lockedByThisAttempt(), lockout.maxFailures());
                } else {
                    account.recordSuccessfulLogin(clock.instant());
                }
                events.publishEvent(new LoginSucceeded(account.getId(), step));
                return Optional.of(AccountPrincipal.of(account, step));
            }
        } else if (attempt.lockedByThisAttempt() != null) {
            events.publishEvent(new AccountLocked(attempt.accountId(), attempt.lockedByThisAttempt()));
        }
        events.publishEvent(new LoginFailed(attempt.accountId()));
        return Optional.empty();
    }

    /** What a right password leads to: the code of the second factor, setting one up, or nothing more. */
    private SecondFactor secondFactorAfterPassword(Account account) {
        if (account.hasSecondFactor()) {
            return SecondFactor.REQUIRED;
        }
        return twoFactor.requiredFor(account.getRole()) ? SecondFactor.ENROL : SecondFactor.DONE;
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
