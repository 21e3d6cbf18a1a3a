package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The lock after repeated failed sign-ins, with the settings of application.yml. */
class AccountLockoutTest {

    private static final int MAX_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final Instant START = Instant.parse("2025-03-01T09:00:00Z");

    private final Account account = new Account("host@example.org", "Helen Host", "hash", Role.HOST, false, START);

    private Instant fail(Instant at) {
        return account.recordFailedLogin(at, MAX_FAILURES, FIRST_LOCK, LONGEST_LOCK);
    }

    /** Fails {@code times} times one second apart from {@code from}, and none of them locks. */
    private void failWithoutLocking(int times, Instant from) {
        for (int i = 0; i < times; i++) {
            assertThat(fail(from.plusSeconds(i))).as("failure %d of %d", i + 1, times).isNull();
        }
    }

    /** Locks the account by failing {@code MAX_FAILURES} times from {@code from}; answers the lock's end. */
    private Instant lockFrom(Instant from) {
        failWithoutLocking(MAX_FAILURES - 1, from);
        Instant lockedUntil = fail(from.plusSeconds(MAX_FAILURES - 1));
        assertThat(lockedUntil).as("the account locks at the %dth failure", MAX_FAILURES).isNotNull();
        return lockedUntil;
    }

    @Test
    void fourFailuresDoNotLock() {
        failWithoutLocking(MAX_FAILURES - 1, START);

        Instant now = START.plusSeconds(MAX_FAILURES);
        assertThat(account.isLockedAt(now)).isFalse();
        assertThat(account.canSignInAt(now)).isTrue();
    }

    @Test
    void fifthFailureLocksForTheFirstLockDuration() {
        failWithoutLocking(MAX_FAILURES - 1, START);
        Instant fifth = START.plusSeconds(30);

        Instant lockedUntil = fail(fifth);

        assertThat(lockedUntil).isEqualTo(fifth.plus(FIRST_LOCK));
        assertThat(account.getLockedUntil()).isEqualTo(lockedUntil);
        assertThat(account.isLockedAt(fifth)).isTrue();
        assertThat(account.canSignInAt(fifth)).isFalse();
        assertThat(account.isLockedAt(lockedUntil.minusMillis(1))).isTrue();
    }

    @Test
    void lockEndsAtItsEndTime() {
        Instant lockedUntil = lockFrom(START);

        assertThat(account.isLockedAt(lockedUntil)).isFalse();
        assertThat(account.canSignInAt(lockedUntil)).isTrue();
    }

    @Test
    void eachFurtherLockLastsTwiceAsLongUpToTheLongest() {
        List<Duration> lockLengths = new ArrayList<>();
        Instant from = START;
        for (int lock = 0; lock < 9; lock++) {
            Instant lastFailure = from.plusSeconds(MAX_FAILURES - 1);
            Instant lockedUntil = lockFrom(from);
            lockLengths.add(Duration.between(lastFailure, lockedUntil));
            from = lockedUntil;
        }

        assertThat(lockLengths).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(32), LONGEST_LOCK, LONGEST_LOCK, LONGEST_LOCK);
    }

    @Test
    void lockLengthStaysCappedAfterVeryManyLocks() {
        Instant from = START;
        Instant lastFailure = null;
        Instant lockedUntil = null;
        for (int lock = 0; lock < 70; lock++) {
            lastFailure = from.plusSeconds(MAX_FAILURES - 1);
            lockedUntil = lockFrom(from);
            from = lockedUntil;
        }

        assertThat(Duration.between(lastFailure, lockedUntil)).isEqualTo(LONGEST_LOCK);
    }

    @Test
    void failuresDuringALockNeitherExtendItNorCount() {
        Instant lockedUntil = lockFrom(START);

        for (int i = 0; i < 3 * MAX_FAILURES; i++) {
            assertThat(fail(lockedUntil.minusSeconds(1))).isNull();
        }
        assertThat(account.getLockedUntil()).as("not extended").isEqualTo(lockedUntil);

        failWithoutLocking(MAX_FAILURES - 1, lockedUntil);
        assertThat(account.isLockedAt(lockedUntil.plusSeconds(MAX_FAILURES))).isFalse();
    }

    @Test
    void successResetsTheFailureCount() {
        failWithoutLocking(MAX_FAILURES - 1, START);
        account.recordSuccessfulLogin(START.plusSeconds(10));

        failWithoutLocking(MAX_FAILURES - 1, START.plusSeconds(20));
        assertThat(account.canSignInAt(START.plusSeconds(30))).isTrue();
    }

    @Test
    void successResetsTheLockLengthAndRecordsTheSignIn() {
        Instant firstLockEnd = lockFrom(START);
        Instant secondLockEnd = lockFrom(firstLockEnd);
        Instant signedInAt = secondLockEnd.plusSeconds(1);

        account.recordSuccessfulLogin(signedInAt);

        assertThat(account.getLastLoginAt()).isEqualTo(signedInAt);
        assertThat(account.getLockedUntil()).isNull();
        Instant from = signedInAt.plusSeconds(1);
        Instant nextLockEnd = lockFrom(from);
        assertThat(Duration.between(from.plusSeconds(MAX_FAILURES - 1), nextLockEnd)).isEqualTo(FIRST_LOCK);
    }
}
