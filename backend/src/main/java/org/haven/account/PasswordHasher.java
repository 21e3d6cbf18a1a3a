package org.haven.account;

import java.util.function.Supplier;

import org.haven.shared.ConcurrencyLimit;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Argon2id with the OWASP minimum (19 MiB memory, 2 iterations, 1 lane). Passwords are
 * normalised first so the same password typed on another keyboard still matches.
 * <p>
 * At most {@code haven.security.password-hashing.max-concurrent} hashes run at once in this
 * instance; up to {@code max-waiting} callers wait up to {@code max-wait} for a turn, the others
 * get a {@code service-busy} problem (503) at once. Callers hash outside any database transaction, so
 * a queue of them never holds database connections (a warning is logged when one does not).
 */
@Component
public class PasswordHasher {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PasswordHasher.class);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;

    /**
     * Stored instead of a hash for an account that has no password yet (invited by an admin,
     * imported by a caseworker, or a sign-up whose email is not confirmed yet). No Argon2
     * encoding starts with '!', so no password can ever match it.
     */
    static final String NO_PASSWORD = "!no-password";

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);

    private final ConcurrencyLimit slots;

    PasswordHasher(PasswordHashingProperties limits) {
        this.slots = new ConcurrencyLimit(limits.maxConcurrent(), limits.maxWaiting(), limits.maxWait(),
                "Haven is very busy right now. Please try again in a moment.");
    }

    /**
     * A valid hash of a password nobody knows: checked against when the account does not exist,
     * so an unknown email takes as long as a wrong password.
     */
    private final String decoyHash = encoder.encode("decoy password " + System.nanoTime());

    public String hash(String rawPassword) {
        return bounded(() -> encoder.encode(PasswordPolicy.normalize(rawPassword)));
    }

    public boolean matches(String rawPassword, String hash) {
        if (NO_PASSWORD.equals(hash)) {
            return matchesNothing(rawPassword); // as slow as a real check, so it tells nobody the account has no password
        }
        return bounded(() -> encoder.matches(PasswordPolicy.normalize(rawPassword), hash));
    }

    /** Spends the same work as {@link #matches} and always answers {@code false}. */
    public boolean matchesNothing(String rawPassword) {
        bounded(() -> encoder.matches(PasswordPolicy.normalize(rawPassword), decoyHash));
        return false;
    }

    private <T> T bounded(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            log.warn("A password is hashed inside a database transaction: its connection is held meanwhile");
        }
        return slots.run(work);
    }
}
