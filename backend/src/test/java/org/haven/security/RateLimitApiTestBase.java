package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.haven.account.Role;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The rate limits, the lock counting of wrong current passwords and the session cap, through
 * real HTTP, with the limits set low. Every request comes from this machine's address, so each
 * test starts with no buckets at all.
 */
@TestPropertySource(properties = {
        "haven.security.rate-limits.sign-in.capacity=3",
        "haven.security.rate-limits.sign-in.period=10m",
        "haven.security.rate-limits.registration.capacity=2",
        "haven.security.rate-limits.password-reset.capacity=2",
        "haven.security.rate-limits.email-link.capacity=2",
        "haven.security.rate-limits.password-check.capacity=5",
        "haven.security.lockout.max-failures=3",
        "haven.security.session.max-per-account=2"
})
abstract class RateLimitApiTestBase {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @BeforeEach
    void noBuckets() {
        jdbc.update("DELETE FROM rate_limit_bucket");
    }

    @Test
    void simultaneousSignInsAreCountedBeforeAnyPasswordIsChecked() throws Exception {
        String email = testAccounts.create(Role.HOST);
        ApiClient guesser = new ApiClient(port);
        guesser.get("/api/auth/csrf");

        List<Integer> statuses = all(10, () -> guesser.login(email, "a wrong guess " + Math.random()).status());

        assertThat(statuses).filteredOn(status -> status == 401).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 429).hasSize(7);
        Response throttled = new ApiClient(port).login(email, TestAccounts.PASSWORD);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo("too-many-requests");
        assertThat(throttled.contentType()).startsWith("application/problem+json");
        long retryAfter = Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 600L);
        // Three guesses reached the account: its lock (3 failures) is on, the guesses are audited.
        assertThat(jdbc.queryForObject("SELECT locked_until IS NOT NULL FROM account WHERE email = ?",
                Boolean.class, email)).isTrue();
    }

    @Test
    void aSuccessfulSignInGivesItsAttemptBack() {
        String email = testAccounts.create(Role.HOST);
        ApiClient someone = new ApiClient(port);
        assertThat(someone.login("nobody-" + email, "a wrong guess").status()).isEqualTo(401);
        assertThat(someone.login("nobody-" + email, "a wrong guess").status()).isEqualTo(401);

        for (int i = 0; i < 4; i++) {
            assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        }
    }

    @Test
    void registrationIsLimitedPerAddressBeforeTheRequestIsRead() {
        ApiClient client = new ApiClient(port);
        for (int i = 0; i < 2; i++) {
            assertThat(client.postJson("/api/auth/register", Map.of("email", TestAccounts.uniqueEmail("signup"),
                    "password", "a long pass phrase for me", "displayName", "Sam")).status()).isNotEqualTo(429);
        }

        Response throttled = client.postJson("/api/auth/register", Map.of("email", "x"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo("too-many-requests");
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void passwordResetAndEmailLinkRoutesAreLimitedPerAddress() {
        ApiClient client = new ApiClient(port);
        assertThat(client.postJson("/api/auth/password-reset", Map.of("email", "someone@haven.test")).status())
                .isNotEqualTo(429);
        assertThat(client.postJson("/api/auth/password-reset/" + "a".repeat(43), Map.of("newPassword", "x")).status())
                .isNotEqualTo(429);
        assertThat(client.postJson("/api/auth/password-reset", Map.of("email", "someone@haven.test")).status())
                .isEqualTo(429);

        assertThat(client.postJson("/api/auth/verify-email/" + "b".repeat(43), Map.of()).status()).isNotEqualTo(429);
        assertThat(client.postJson("/api/auth/invitation/" + "c".repeat(43), Map.of("newPassword", "x")).status())
                .isNotEqualTo(429);
        Response throttled = client.postJson("/api/auth/verify-email/" + "d".repeat(43), Map.of());
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo("too-many-requests");
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheAccountLock() {
        String email = testAccounts.create(Role.HOST);
        ApiClient thief = new ApiClient(port);
        assertThat(thief.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);

        for (int i = 0; i < 3; i++) {
            Response wrong = thief.postJson("/api/auth/password",
                    Map.of("currentPassword", "guess number " + i, "newPassword", "the thief's new pass phrase"));
            assertThat(wrong.status()).isEqualTo(400);
            assertThat(wrong.fieldCode("currentPassword")).contains("password-wrong");
        }

        // Locked: not even the right current password is checked now, and nobody can sign in.
        Response locked = thief.postJson("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "the thief's new pass phrase"));
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.problemType()).isEqualTo("too-many-requests");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(401);
        UUID account = jdbc.queryForObject("SELECT id FROM account WHERE email = ?", UUID.class, email);
        assertThat(audit.about(account).stream().map(AuditEvent::getAction).toList())
                .contains("PASSWORD_CHECK_FAILED", "ACCOUNT_LOCKED")
                .doesNotContain("PASSWORD_CHANGED");
    }

    @Test
    void passwordChecksAreLimitedPerAccount() {
        String email = testAccounts.create(Role.HOST);
        ApiClient user = new ApiClient(port);
        assertThat(user.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);

        // The right current password with a new one the policy refuses: no lock, but each counts.
        for (int i = 0; i < 5; i++) {
            assertThat(user.postJson("/api/auth/password",
                    Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "short")).status()).isEqualTo(400);
        }
        Response throttled = user.postJson("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "a perfectly good new pass phrase"));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo("too-many-requests");
        // Another account's checks are not affected.
        ApiClient other = testAccounts.signedIn(Role.HOST);
        assertThat(other.postJson("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "short")).status()).isEqualTo(400);
    }

    @Test
    void signingInBeyondTheSessionCapEndsTheOldestSession() {
        String email = testAccounts.create(Role.HOST);
        ApiClient first = new ApiClient(port);
        ApiClient second = new ApiClient(port);
        ApiClient third = new ApiClient(port);
        assertThat(first.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        assertThat(first.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(second.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        assertThat(third.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);

        Response ended = first.get("/api/auth/me");
        assertThat(ended.status()).isEqualTo(401);
        assertThat(ended.problemType()).isEqualTo("unauthenticated");
        assertThat(second.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(third.get("/api/auth/me").status()).isEqualTo(200);
    }

    private static <T> List<T> all(int count, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
