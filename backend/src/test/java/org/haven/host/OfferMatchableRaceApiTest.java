package org.haven.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.haven.account.Role;
import org.haven.host.HostDtos.OfferRequest;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * offer.matchable copies the host's vetting status into the offer, so a vetting change and an offer
 * saved at the same moment must not leave it stale: the vetting change cannot see the offer not yet
 * committed, so saving the offer raises the host profile's version and fails (409 over HTTP) when
 * the vetting changed meanwhile.
 */
@HttpTest
class OfferMatchableRaceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    OfferService offers;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anOfferSavedWhileTheHostIsPausedFailsRatherThanStayMatchable() throws Exception {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient host = HostApiFixtures.newHost(port, "race-host");
        UUID hostId = UUID.fromString(host.get("/api/auth/me").json().path("id").asText());
        host.send("PUT", "/api/host/household", HostApiFixtures.household());
        caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", HostApiFixtures.allChecks("CHECKS_IN_PROGRESS"));
        assertThat(caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", HostApiFixtures.allChecks("APPROVED"))
                .status()).isEqualTo(200);

        OfferRequest request = new OfferRequest("Room for the race", OfferType.ROOM_IN_HOME, "1 Race Road, SE15 4AA",
                "SE15 4AA", null, 1, 2, StepFree.SOME, false, false, false, true, false, true, false,
                LocalDate.now().plusDays(7), null, 6, OfferStatus.AVAILABLE);
        CountDownLatch saved = new CountDownLatch(1);
        CountDownLatch vettingChanged = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> hostSaves = pool.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                offers.create(hostId, request);
                saved.countDown();
                try {
                    assertThat(vettingChanged.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();
            var paused = HostApiFixtures.allChecks("PAUSED");
            paused.put("note", "Paused while the host was saving an offer");
            assertThat(caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", paused).status()).isEqualTo(200);
            vettingChanged.countDown();
            assertThatThrownBy(hostSaves::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(ConcurrencyFailureException.class);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from offer where host_id = ? and matchable", Integer.class,
                hostId)).isZero();
    }
}
