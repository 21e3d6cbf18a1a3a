package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.haven.account.AccountDtos.UpdateAccountRequest;
import org.haven.shared.ProblemException;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Haven always keeps one active admin, also when two admins act at the same moment. Each test
 * starts with no active admin but the ones it creates: it disables the admins of the other tests
 * that share its database, and gives them back their status after it. Subclasses choose the
 * database: the rule rests on row locks, which each database implements itself.
 */
abstract class LastAdminRuleTestBase {

    private static final UpdateAccountRequest DEMOTE = new UpdateAccountRequest(Role.CASEWORKER, null);

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountDirectory directory;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);

    /** The other tests' admins that were active before this test. */
    private List<UUID> othersActiveAdmins = List.of();

    @BeforeEach
    void noActiveAdminLeft() {
        othersActiveAdmins = jdbc.queryForList("select id from account where role = 'ADMIN' and status = 'ACTIVE'",
                UUID.class);
        jdbc.update("update account set status = 'DISABLED' where role = 'ADMIN'");
    }

    @AfterEach
    void stopThreadsAndGiveTheOtherAdminsBack() {
        threads.shutdownNow();
        for (UUID admin : othersActiveAdmins) {
            jdbc.update("update account set status = 'ACTIVE' where id = ?", admin);
        }
    }

    private UUID newAdmin() {
        return idOf(testAccounts.create(Role.ADMIN));
    }

    private UUID idOf(String email) {
        return directory.findByEmail(email).orElseThrow().id();
    }

    private int activeAdmins() {
        return jdbc.queryForObject("select count(*) from account where role = 'ADMIN' and status = 'ACTIVE'",
                Integer.class);
    }

    private static void assertLastAdminRefusal(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("conflict");
        assertThat(response.fieldCode(field)).contains("last-admin");
        assertThat(response.json().path("detail").asText()).contains("at least one active administrator");
    }

    @Test
    void theOnlyActiveAdminCanNeitherDisableNorDemoteThemselves() {
        String email = testAccounts.create(Role.ADMIN);
        String path = "/api/admin/accounts/" + idOf(email);
        ApiClient admin = testAccounts.signedInAs(email);

        assertLastAdminRefusal(admin.send("PATCH", path, Map.of("status", "DISABLED")), "status");
        assertLastAdminRefusal(admin.send("PATCH", path, Map.of("role", "CASEWORKER")), "role");
        assertLastAdminRefusal(admin.send("PATCH", path, Map.of("role", "CASEWORKER", "status", "DISABLED")), "role");

        Response self = admin.get(path);
        assertThat(self.status()).as("the session goes on").isEqualTo(200);
        assertThat(self.json().path("role").asText()).isEqualTo("ADMIN");
        assertThat(self.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(admin.get("/api/admin/audit-events?subjectId=" + idOf(email)).json().path("items"))
                .extracting(event -> event.path("action").asText())
                .doesNotContain("ACCOUNT_DISABLED", "ACCOUNT_ROLE_CHANGED");
    }

    @Test
    void onlyActiveAdminsCountAndTheRuleHoldsForEveryoneAlike() {
        String firstEmail = testAccounts.create(Role.ADMIN);
        String secondEmail = testAccounts.create(Role.ADMIN);
        ApiClient first = testAccounts.signedInAs(firstEmail);
        String firstPath = "/api/admin/accounts/" + idOf(firstEmail);
        String secondPath = "/api/admin/accounts/" + idOf(secondEmail);

        assertThat(first.send("PATCH", secondPath, Map.of("status", "DISABLED")).status()).isEqualTo(200);
        assertLastAdminRefusal(first.send("PATCH", firstPath, Map.of("role", "CASEWORKER")), "role");

        assertThat(first.send("PATCH", secondPath, Map.of("status", "ACTIVE")).status()).isEqualTo(200);
        Response demoteSelf = first.send("PATCH", firstPath, Map.of("role", "CASEWORKER"));

        assertThat(demoteSelf.status()).as("another active admin exists again").isEqualTo(200);
        assertThat(first.get("/api/auth/me").status()).as("their own session ended with the role").isEqualTo(401);
        ApiClient second = testAccounts.signedInAs(secondEmail);
        assertLastAdminRefusal(second.send("PATCH", secondPath, Map.of("status", "DISABLED")), "status");
        assertThat(activeAdmins()).isEqualTo(1);
    }

    /**
     * The first demotion holds its transaction open after checking; the second, of the other
     * admin, must wait for it and then find that it would remove the last active admin.
     */
    @Test
    void aSecondDemotionWaitsForTheFirstAndIsThenRefused() throws Exception {
        UUID first = newAdmin();
        UUID second = newAdmin();
        CountDownLatch firstChecked = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);

        Future<?> firstDemotion = threads.submit(() -> transactions.executeWithoutResult(status -> {
            administration.update(second, DEMOTE, first);
            firstChecked.countDown();
            await(releaseFirst);
        }));
        assertThat(firstChecked.await(10, TimeUnit.SECONDS)).isTrue();
        Future<?> secondDemotion = threads.submit(() -> administration.update(first, DEMOTE, second));

        Thread.sleep(300);
        assertThat(secondDemotion.isDone()).as("the second change waits for the first").isFalse();
        releaseFirst.countDown();
        firstDemotion.get(10, TimeUnit.SECONDS);

        ExecutionException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> secondDemotion.get(10, TimeUnit.SECONDS), ExecutionException.class);
        assertThat(refused).as("the second demotion is refused").isNotNull();
        assertThat(refused.getCause()).isInstanceOf(ProblemException.class);
        assertThat(((ProblemException) refused.getCause()).errors())
                .extracting(org.haven.shared.FieldError::code).containsExactly("last-admin");
        assertThat(activeAdmins()).isEqualTo(1);
    }

    /** Many rounds of two admins demoting or disabling each other at once: one always stays. */
    @Test
    void twoAdminsActingOnEachOtherAtOnceAlwaysLeaveOneActiveAdmin() throws Exception {
        UUID keeper = newAdmin();
        for (int round = 0; round < 15; round++) {
            UUID other = newAdmin();
            UpdateAccountRequest change = round % 2 == 0 ? DEMOTE : new UpdateAccountRequest(null, AccountStatus.DISABLED);
            CyclicBarrier start = new CyclicBarrier(2);
            UUID current = keeper;
            Future<Boolean> keeperActs = threads.submit(() -> attempt(start, other, change, current));
            Future<Boolean> otherActs = threads.submit(() -> attempt(start, current, change, other));

            boolean keeperSucceeded = keeperActs.get(20, TimeUnit.SECONDS);
            boolean otherSucceeded = otherActs.get(20, TimeUnit.SECONDS);

            assertThat(activeAdmins()).as("round %d", round).isEqualTo(1);
            assertThat(List.of(keeperSucceeded, otherSucceeded)).as("round %d: exactly one change", round)
                    .containsExactlyInAnyOrder(true, false);
            keeper = otherSucceeded ? other : keeper;
        }
    }

    /** True when the change went through; false when it was refused as the last admin or a concurrent change. */
    private boolean attempt(CyclicBarrier start, UUID target, UpdateAccountRequest change, UUID actor) throws Exception {
        start.await(10, TimeUnit.SECONDS);
        try {
            administration.update(target, change, actor);
            return true;
        } catch (ProblemException refused) {
            assertThat(refused.errors()).extracting(org.haven.shared.FieldError::code).containsExactly("last-admin");
            return false;
        } catch (ConcurrencyFailureException concurrent) {
            return false;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                fail("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
