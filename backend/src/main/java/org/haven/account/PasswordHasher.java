package org.haven.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;

import org.haven.shared.ConcurrencyLimit;

import org.springframework.beans.factory.ObjectProvider;
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

    /**
     * Stored instead of a hash for an account that has no password yet (invited by an admin,
     * imported by a caseworker, or a sign-up whose email is not confirmed yet). No Argon2
     * encoding starts with '!', so no password can ever match it.
     */
    static final String NO_PASSWORD = "!no-password";

    private final Argon2PasswordEncoder encoder;

    private final ConcurrencyLimit slots;

    /**
     * An encoded Argon2 hash at this hasher's cost, with a random salt and random hash bytes: checked
     * against when the account does not exist, so an unknown email takes as long as a wrong
     * password. No password matches it. It is put together rather than computed, so making it costs
     * no start of Haven a hash.
     */
    private final String decoyHash;

    /**
     * @param testCost nothing in Haven provides one, so every hash costs
     *        {@link PasswordHashingCost#OWASP_MINIMUM}; the backend's tests provide a cheaper one
     *        (see {@code PasswordHashingCost})
     */
    PasswordHasher(PasswordHashingProperties limits, ObjectProvider<PasswordHashingCost> testCost) {
        PasswordHashingCost cost = testCost.getIfAvailable(() -> PasswordHashingCost.OWASP_MINIMUM);
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, cost.memoryKib(),
                cost.iterations());
        this.slots = new ConcurrencyLimit(limits.maxConcurrent(), limits.maxWaiting(), limits.maxWait(),
                "Haven is very busy right now. Please try again in a moment.");
        this.decoyHash = decoyHash(cost);
    }

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

    /** In the encoding Spring's {@link Argon2PasswordEncoder} writes and reads. */
    static String decoyHash(PasswordHashingCost cost) {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[SALT_BYTES];
        byte[] hash = new byte[HASH_BYTES];
        random.nextBytes(salt);
        random.nextBytes(hash);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(cost.memoryKib(), cost.iterations(), PARALLELISM,
                base64.encodeToString(salt), base64.encodeToString(hash));
    }

    private <T> T bounded(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            log.warn("A password is hashed inside a database transaction: its connection is held meanwhile");
        }
        return slots.run(work);
    }
}
