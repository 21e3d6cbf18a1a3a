package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.LogCapture;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ch.qos.logback.classic.Level;

/**
 * The matching lease as another instance would hold it, written into the table directly: while it
 * is live a start here answers 409 with that run's id and a stop here reaches it through the
 * lease; once it has expired (that instance died) the run is marked FAILED, by the next start or
 * by the periodic check, and a new run starts. {@code ClusterIT} does the same with real instances.
 */
@HttpTest
class MatchingLeaseApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MatchingRuns matchingRuns;

    @Autowired
    Clock clock;

    /** The operator's warning for each run marked FAILED, asserted instead of printed. */
    @RegisterExtension
    final LogCapture recorderLog = LogCapture.of(RunRecorder.class);

    @AfterEach
    void freeTheLease() {
        jdbc.update("UPDATE matching_lease SET run_id = NULL, owner = NULL, expires_at = NULL, stop_requested = FALSE");
    }

    @Test
    void aRunSolvedElsewhereRefusesStartsAndTakesAStopUntilItsLeaseExpiresThenItFailsAndANewRunStarts() throws Exception {
        ApiClient caseworker = new ApiClient(port);
        caseworker.login(testAccounts.create(Role.CASEWORKER), TestAccounts.PASSWORD);
        UUID elsewhere = solvingElsewhere(clock.instant().plusSeconds(60));

        Response refused = caseworker.postJson("/api/matching/runs", Map.of("seconds", 1));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("matching-run-in-progress");
        assertThat(refused.json().path("runId").asText()).isEqualTo(elsewhere.toString());

        assertThat(caseworker.postJson("/api/matching/runs/" + elsewhere + "/stop", Map.of()).status()).isEqualTo(202);
        assertThat(jdbc.queryForObject("SELECT stop_requested FROM matching_lease", Boolean.class))
                .as("the stop waits in the lease for the solving instance").isTrue();
        assertThat(caseworker.get("/api/matching/runs/" + elsewhere).json().path("status").asText()).isEqualTo("SOLVING");

        jdbc.update("UPDATE matching_lease SET expires_at = ?", Timestamp.from(clock.instant().minusSeconds(1)));
        Response started = caseworker.postJson("/api/matching/runs", Map.of("seconds", 1));

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertFailed(caseworker.get("/api/matching/runs/" + elsewhere));
        String runId = started.json().path("id").asText();
        awaitEnd(caseworker, runId);
        assertThat(caseworker.get("/api/matching/runs/" + runId).json().path("status").asText()).isEqualTo("DONE");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matching_lease WHERE run_id IS NULL", Integer.class))
                .as("the lease given back at the end").isEqualTo(1);
    }

    @Test
    void thePeriodicCheckFailsARunWhoseLeaseExpiredAndLeavesALiveOneAlone() {
        ApiClient caseworker = new ApiClient(port);
        caseworker.login(testAccounts.create(Role.CASEWORKER), TestAccounts.PASSWORD);
        UUID live = solvingElsewhere(clock.instant().plusSeconds(60));

        matchingRuns.failAbandonedRuns();
        assertThat(caseworker.get("/api/matching/runs/" + live).json().path("status").asText()).isEqualTo("SOLVING");

        jdbc.update("UPDATE matching_lease SET expires_at = ?", Timestamp.from(clock.instant().minusSeconds(1)));
        matchingRuns.failAbandonedRuns();

        assertFailed(caseworker.get("/api/matching/runs/" + live));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM matching_lease WHERE run_id IS NULL", Integer.class))
                .isEqualTo(1);
    }

    /** A run row SOLVING and the lease held for it by another instance until {@code expiresAt}. */
    private UUID solvingElsewhere(Instant expiresAt) {
        UUID runId = UUID.randomUUID();
        jdbc.update("INSERT INTO matching_run (id, status, seconds, started_by, started_at, families, offers, assigned, "
                + "proposals) VALUES (?, 'SOLVING', 60, ?, ?, 0, 0, 0, 0)", runId, UUID.randomUUID(),
                Timestamp.from(clock.instant()));
        jdbc.update("UPDATE matching_lease SET run_id = ?, owner = 'another-instance', expires_at = ?, "
                + "stop_requested = FALSE", runId, Timestamp.from(expiresAt));
        return runId;
    }

    private static void awaitEnd(ApiClient caseworker, String runId) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while ("SOLVING".equals(caseworker.get("/api/matching/runs/" + runId).json().path("status").asText())) {
            assertThat(Instant.now()).as("run " + runId + " ended").isBefore(until);
            Thread.sleep(100);
        }
    }

    private void assertFailed(Response run) {
        assertThat(run.json().path("status").asText()).isEqualTo("FAILED");
        assertThat(run.json().path("failure").asText()).isEqualTo("Haven stopped during the run");
        assertThat(recorderLog.messages(Level.WARN)).containsExactly("Matching run " + run.json().path("id").asText()
                + " was left solving by an instance that stopped; it is marked FAILED");
    }
}
