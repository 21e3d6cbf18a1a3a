package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.family.FamilyApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app on an H2 file, killed with SIGKILL while it acknowledges writes: after each
 * restart every write it acknowledged (201) is there. One kill lands while a matching run is
 * solving: the run is FAILED at the next start and the earlier proposals are as they were. Runs after
 * {@code package} (failsafe), on {@code target/haven.jar}. The figures go to docs/reliability.md.
 */
class CrashRecoveryIT {

    /**
     * Five kills at random points: each start costs a dozen seconds of the suite, and the fifth
     * proves no more than the third (every start replays the same recovery).
     */
    private static final int KILLS = 5;
    /** The kill that lands while a matching run is solving (the next start checks the run). */
    private static final int SOLVER_KILL = 2;
    /** How many of the last acknowledged cases are read back whole after each restart. */
    private static final int READ_IN_FULL = 50;

    @TempDir
    Path dataDir;

    private PackagedHaven app;
    private String doneRun;
    private String killedRun;
    private Set<String> proposalsBefore;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesFiveKillsAtRandomPointsOneOfThemWhileSolving() throws Exception {
        Random random = new Random(20261128);
        List<String> acknowledged = new ArrayList<>();
        int attempted = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            start();
            ApiClient caseworker = caseworker();
            assertAllThere(caseworker, acknowledged);
            if (kill == SOLVER_KILL + 1) {
                checkTheKilledRun(caseworker);
            }
            Instant until = Instant.now().plusMillis(200 + random.nextInt(2500));
            while (Instant.now().isBefore(until)) {
                attempted++;
                Response created = caseworker.postJson("/api/families", FamilyApiFixtures.family());
                assertThat(created.status()).isEqualTo(201);
                acknowledged.add(created.json().path("id").asText());
            }
            // Keep writing from another thread while the process dies, so the kill lands mid-request.
            Thread writer = new Thread(() -> {
                try {
                    while (true) {
                        Response created = caseworker.postJson("/api/families", FamilyApiFixtures.family());
                        if (created.status() == 201) {
                            synchronized (acknowledged) {
                                acknowledged.add(created.json().path("id").asText());
                            }
                        }
                    }
                } catch (Throwable connectionLost) {
                    // The process is gone: this write was not acknowledged, so nothing is owed.
                }
            });
            writer.start();
            Thread.sleep(random.nextInt(300));
            if (kill == SOLVER_KILL) {
                killWhileSolving(caseworker);
            } else {
                kill();
            }
            writer.join(10_000);
        }
        start();
        assertAllThere(caseworker(), acknowledged);
        System.out.printf("CrashRecoveryIT: %d kills, %d writes acknowledged (of %d+ attempted), all present%n", KILLS,
                acknowledged.size(), attempted);
    }

    /**
     * The H2 backup procedure of docs/operations.md, by its scripts: a backup taken after a graceful
     * stop holds what was written before it; restoring it brings that back and drops what came after.
     */
    @Test
    void theH2BackupScriptsRestoreWhatWasBackedUp() throws Exception {
        start();
        ApiClient caseworker = caseworker();
        String before = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        stopGracefully();
        Path archive = dataDir.resolve("backup.tar.gz");
        PackagedHaven.backupScript("h2-backup.sh", dataDir.toString(), archive.toString());

        start();
        caseworker = caseworker();
        String after = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        stopGracefully();
        PackagedHaven.backupScript("h2-restore.sh", archive.toString(), dataDir.toString());
        start();
        caseworker = caseworker();

        assertThat(caseworker.get("/api/families/" + before).status()).isEqualTo(200);
        assertThat(caseworker.get("/api/families/" + before).json().path("notes").asText())
                .as("encrypted fields read back with the same key").contains("CANARY");
        assertThat(caseworker.get("/api/families/" + after).status()).isEqualTo(404);
    }

    private void stopGracefully() throws InterruptedException {
        app.stopGracefully();
        app = null;
    }

    /** Before the kill, a finished run's proposals; then a second run is killed while solving. */
    private void killWhileSolving(ApiClient caseworker) throws Exception {
        // Long enough for the solver to reach a first solution on a loaded 2-core machine.
        String first = startRun(caseworker, 8);
        PackagedHaven.awaitRunEnd(caseworker, first);
        assertThat(caseworker.get("/api/matching/runs/" + first).json().path("status").asText())
                .as("the run before the kill").isEqualTo("DONE");
        doneRun = first;
        proposalsBefore = proposals(caseworker, first, "PROPOSED");
        assertThat(proposalsBefore).as("the finished run's proposals").isNotEmpty();
        String run = startRun(caseworker, 60);
        assertThat(caseworker.get("/api/matching/runs/" + run).json().path("status").asText())
                .as("a 60 s run just started").isEqualTo("SOLVING");
        killedRun = run;
        kill();
    }

    /**
     * Starts a run and returns its id. The run before may still hold the one-run lease for a moment
     * after it reads as ended: 409 {@code matching-run-in-progress} is retried for up to 30 s.
     */
    private static String startRun(ApiClient caseworker, int seconds) throws InterruptedException {
        Instant until = Instant.now().plusSeconds(30);
        while (true) {
            Response started = caseworker.postJson("/api/matching/runs", Map.of("seconds", seconds));
            if (started.status() == 202) {
                return started.json().path("id").asText();
            }
            assertThat(started.status()).as(started.body()).isEqualTo(409);
            assertThat(Instant.now()).as("the previous run's lease was released").isBefore(until);
            Thread.sleep(200);
        }
    }

    /** After the restart: the killed run FAILED and left nothing; the last finished run's proposals stand. */
    private void checkTheKilledRun(ApiClient caseworker) throws InterruptedException {
        JsonNode killed = caseworker.get("/api/matching/runs/" + killedRun).json();
        assertThat(killed.path("status").asText()).isEqualTo("FAILED");
        assertThat(killed.path("proposals").asInt()).isZero();
        assertThat(proposalsBefore).isNotEmpty();
        assertThat(proposals(caseworker, doneRun, "PROPOSED")).isEqualTo(proposalsBefore);
        String nextRun = startRun(caseworker, 1);
        PackagedHaven.awaitRunEnd(caseworker, nextRun);
        assertThat(caseworker.get("/api/matching/runs/" + nextRun).json().path("status").asText()).isEqualTo("DONE");
    }

    private Set<String> proposals(ApiClient caseworker, String runId, String status) {
        return StreamSupport.stream(caseworker.get("/api/matching/runs/" + runId + "/proposals").json().spliterator(),
                false).filter(proposal -> proposal.path("status").asText().equals(status))
                .map(proposal -> proposal.path("id").asText()).collect(Collectors.toSet());
    }

    /**
     * Every acknowledged case is in the caseworkers' list (read a hundred at a time), and the last
     * {@value #READ_IN_FULL} acknowledged read back whole, encrypted notes included: the writes
     * nearest a kill are the ones a lost commit would take. (Reading each of the 1,700 cases by itself
     * after every restart took a fifth of this test.)
     */
    private void assertAllThere(ApiClient caseworker, List<String> acknowledged) {
        List<String> copy;
        synchronized (acknowledged) {
            copy = List.copyOf(acknowledged);
        }
        Set<String> listed = new HashSet<>();
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            Response list = caseworker.get("/api/families?size=100&page=" + page);
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            pages = list.json().path("totalPages").asInt();
            list.json().path("items").forEach(item -> listed.add(item.path("id").asText()));
        }
        assertThat(copy).as("acknowledged cases missing from the list").allMatch(listed::contains);
        for (String id : copy.subList(Math.max(0, copy.size() - READ_IN_FULL), copy.size())) {
            Response read = caseworker.get("/api/families/" + id);
            assertThat(read.status()).as("acknowledged case " + id).isEqualTo(200);
            assertThat(read.json().path("notes").asText()).as("notes of " + id).contains("CANARY");
        }
    }

    private ApiClient caseworker() {
        return app.signIn("caseworker@haven.example");
    }

    private void start() throws Exception {
        app = PackagedHaven.start(dataDir.resolve("app.log"), Map.of(), "--haven.data-dir=" + dataDir);
    }

    private void kill() throws InterruptedException {
        app.kill();
        app = null;
    }
}
