package org.haven.account;

/**
 * The work of one Argon2id hash: memory in KiB and passes over it. Haven always hashes at
 * {@link #OWASP_MINIMUM}; it is no setting, so no configuration can weaken it. Only the backend's
 * own tests register a cheaper cost as a bean (their {@code TestPasswordHashing} initializer): a
 * third of their CPU went into hashing the passwords of the accounts they create and sign in. The
 * packaged app's tests and the browser tests hash at the real cost.
 */
record PasswordHashingCost(int memoryKib, int iterations) {

    /** OWASP's minimum for Argon2id: 19 MiB, 2 iterations (with 1 lane). */
    static final PasswordHashingCost OWASP_MINIMUM = new PasswordHashingCost(19 * 1024, 2);
}
