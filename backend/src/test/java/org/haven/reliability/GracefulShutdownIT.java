package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.family.FamilyApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM, as an orchestrator stops Haven, while caseworkers are writing and a matching run is
 * solving: requests under way are answered (never a 5xx), the process ends within the grace period,
 * and after the restart every acknowledged write is there and the run has ended (STOPPED) without
 * touching the earlier proposals. Runs after {@code package} (failsafe), on {@code target/haven.jar}.
 */
class GracefulShutdownIT {

    private static final int WRITERS = 4;

    @TempDir
    Path dataDir;

    private PackagedHaven app;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.kill();
        }
    }

    @Test
    void sigtermWhileWritingAndSolvingAnswersWhatIsUnderWayAndEndsTheRunCleanly() throws Exception {
        app = start();
        ApiClient caseworker = app.signIn("caseworker@haven.example");
        String earlierRun = startRun(caseworker, 2);
        PackagedHaven.awaitRunEnd(caseworker, earlierRun);
        List<String> earlierProposals = proposalIds(caseworker, earlierRun);
        assertThat(earlierProposals).isNotEmpty();
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<Integer> otherAnswers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            ApiClient writer = app.signIn("caseworker@haven.example");
            running.add(writers.submit(() -> writeUntilRefused(writer, acknowledged, otherAnswers)));
        }
        Thread.sleep(1_000);
        // The demo instance solves in about 2 s: the SIGTERM follows the start at once.
        String run = startRun(caseworker, 60);
        assertThat(caseworker.get("/api/matching/runs/" + run).json().path("status").asText()).isEqualTo("SOLVING");
        Instant sigterm = Instant.now();
        app.stopGracefully();
        Duration shutdown = Duration.between(sigterm, Instant.now());
        app = null;
        for (Future<?> writer : running) {
            writer.get(30, TimeUnit.SECONDS);
        }
        writers.shutdown();

        String log = Files.readString(dataDir.resolve("app.log"));
        // Kept for whoever reads a failure: the temporary folder goes with the test.
        Files.writeString(Path.of("target/graceful-shutdown-app.log"), log);
        assertThat(log).contains("Graceful shutdown complete");
        assertThat(otherAnswers).as("requests under way at the SIGTERM: answered, never a 5xx")
                .allSatisfy(status -> assertThat(status).isLessThan(500));
        assertThat(acknowledged).isNotEmpty();

        app = start();
        caseworker = app.signIn("caseworker@haven.example");
        for (String id : acknowledged) {
            assertThat(caseworker.get("/api/families/" + id).status()).as("acknowledged case " + id).isEqualTo(200);
        }
        JsonNode stopped = caseworker.get("/api/matching/runs/" + run).json();
        assertThat(stopped.path("status").asText()).isEqualTo("STOPPED");
        assertThat(stopped.path("proposals").asInt()).isZero();
        assertThat(proposalIds(caseworker, earlierRun)).as("the earlier run's proposals").isEqualTo(earlierProposals);
        System.out.printf("GracefulShutdownIT: SIGTERM during %d writers and a solving run: exited in %d ms, "
                + "%d writes acknowledged and present, other answers %s, the run STOPPED%n", WRITERS,
                shutdown.toMillis(), acknowledged.size(), otherAnswers);
    }

    /** Creates cases until the server stops answering; a 201 is owed, any other answer ends the writer. */
    private static void writeUntilRefused(ApiClient writer, List<String> acknowledged, List<Integer> otherAnswers) {
        try {
            while (true) {
                Response created = writer.postJson("/api/families", FamilyApiFixtures.family());
                if (created.status() != 201) {
                    otherAnswers.add(created.status());
                    return;
                }
                acknowledged.add(created.json().path("id").asText());
            }
        } catch (RuntimeException connectionRefused) {
            // The server stopped taking connections: nothing acknowledged is lost by that.
        }
    }

    private PackagedHaven start() throws Exception {
        return PackagedHaven.start(dataDir.resolve("app.log"), Map.of(), "--haven.data-dir=" + dataDir);
    }

    private static String startRun(ApiClient caseworker, int seconds) {
        Response started = caseworker.postJson("/api/matching/runs", Map.of("seconds", seconds));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        return started.json().path("id").asText();
    }

    private static List<String> proposalIds(ApiClient caseworker, String runId) {
        List<String> ids = new ArrayList<>();
        caseworker.get("/api/matching/runs/" + runId + "/proposals").json()
                .forEach(proposal -> ids.add(proposal.path("id").asText() + ":" + proposal.path("status").asText()));
        Collections.sort(ids);
        return ids;
    }
}
