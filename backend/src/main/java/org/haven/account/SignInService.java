package org.haven.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.haven.account.AccountEvents.AccountLocked;
import org.haven.account.AccountEvents.LoginFailed;
import org.haven.account.AccountEvents.LoginSucceeded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks a sign-in and keeps the failure count that locks an account. Every path hashes the
 * password once, so the answer time does not tell whether an email is registered, locked or
 * disabled; the caller answers every failure the same way.
 */
@Service
public class SignInService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LockoutProperties lockout;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInService(AccountRepository accounts, PasswordHasher hasher, LockoutProperties lockout,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.lockout = lockout;
        this.events = events;
        this.clock = clock;
    }

    /** The signed-in account, or empty for any failure (unknown, wrong password, locked, disabled). */
    @Transactional
    public Optional<AccountPrincipal> signIn(String email, String password) {
        Optional<Account> found = accounts.findByEmail(normalizeEmail(email));
        if (found.isEmpty()) {
            hasher.matchesNothing(password == null ? "" : password);
            events.publishEvent(new LoginFailed(null));
            return Optional.empty();
        }
        Account account = found.get();
        Instant now = clock.instant();
        boolean passwordMatches = password != null && hasher.matches(password, account.getPasswordHash());
        if (passwordMatches && account.canSignInAt(now)) {
            account.recordSuccessfulLogin(now);
            events.publishEvent(new LoginSucceeded(account.getId()));
            return Optional.of(AccountPrincipal.of(account));
        }
        if (!passwordMatches) {
            Instant lockedUntil = account.recordFailedLogin(now, lockout.maxFailures(), lockout.firstLock(),
                    lockout.longestLock());
            if (lockedUntil != null) {
                events.publishEvent(new AccountLocked(account.getId(), lockedUntil));
            }
        }
        events.publishEvent(new LoginFailed(account.getId()));
        return Optional.empty();
    }

    static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
