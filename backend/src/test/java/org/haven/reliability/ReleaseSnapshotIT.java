package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import com.fasterxml.jackson.databind.JsonNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.PreviousRelease;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the database snapshots that {@code PreviousReleaseMigrationH2Test} and
 * {@code PreviousReleaseMigrationPostgresTest} migrate: the packaged jar of a release, with its demo
 * data plus a finished matching run, an approved and a rejected proposal, on H2 and on PostgreSQL.
 * Not part of the normal build: run it on the released code, before the next schema change, with
 *
 * <pre>{@code
 * ./mvnw -q install -DskipTests
 * cd backend && ../mvnw dependency:copy@postgres-15-binaries failsafe:integration-test \
 *     -Dit.test=ReleaseSnapshotIT -Dhaven.snapshot.out=src/test/resources/db/previous-release
 * }</pre>
 *
 * and commit the two files it writes (see docs/reliability.md → migrations).
 */
class ReleaseSnapshotIT {

    @TempDir
    Path workDir;

    @Test
    void writeTheSnapshotsOfThisRelease() throws Exception {
        String out = System.getProperty("haven.snapshot.out");
        assumeTrue(out != null && !out.isBlank(), "only with -Dhaven.snapshot.out=DIR");
        Path target = Path.of(out);
        Files.createDirectories(target);

        writeH2Snapshot(target.resolve(PreviousRelease.H2_SNAPSHOT));
        writePostgresSnapshot(target.resolve(PreviousRelease.POSTGRES_SNAPSHOT));
    }

    private void writeH2Snapshot(Path file) throws Exception {
        Path dataDir = workDir.resolve("h2");
        PackagedHaven app = PackagedHaven.start(workDir.resolve("h2.log"), environment(), "--haven.data-dir=" + dataDir);
        try {
            populate(app);
        } finally {
            app.stopGracefully();
        }
        Path script = workDir.resolve("h2.sql");
        try (Connection connection = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("haven").toAbsolutePath(), "haven", "");
                var statement = connection.createStatement()) {
            statement.execute("SCRIPT NOPASSWORDS NOSETTINGS TO '" + script.toAbsolutePath() + "'");
        }
        gzip(script, file);
    }

    private void writePostgresSnapshot(Path file) throws Exception {
        try (EmbeddedPostgres postgres = Postgres15.start(workDir.resolve("pgdata"))) {
            try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                    var statement = superuser.createStatement()) {
                statement.execute("CREATE DATABASE haven");
            }
            Map<String, String> environment = environment();
            environment.put("HAVEN_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/haven");
            environment.put("HAVEN_DB_USER", "postgres");
            environment.put("HAVEN_DB_PASSWORD", "postgres");
            PackagedHaven app = PackagedHaven.start(workDir.resolve("pg.log"), environment,
                    "--spring.profiles.active=postgres", "--haven.data-dir=" + workDir.resolve("pg-data-dir"));
            try {
                populate(app);
            } finally {
                app.stopGracefully();
            }
            Path script = workDir.resolve("pg.sql");
            // Plain INSERTs, no owners or grants: the migration test loads it over JDBC into any database.
            Process dump = new ProcessBuilder("pg_dump", "--format=plain", "--inserts", "--no-owner", "--no-privileges",
                    "--file=" + script, "--dbname=postgresql://postgres@localhost:" + postgres.getPort() + "/haven")
                    .redirectErrorStream(true).start();
            String output = new String(dump.getInputStream().readAllBytes());
            assertThat(dump.waitFor()).as(output).isZero();
            gzip(script, file);
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>();
        environment.put("HAVEN_ENCRYPTION_KEY", PreviousRelease.ENCRYPTION_KEY);
        return environment;
    }

    /** Beyond the demo data: a finished run, one proposal approved (a placement), one rejected. */
    private static void populate(PackagedHaven app) throws InterruptedException {
        ApiClient caseworker = app.signIn("caseworker@haven.example");
        Response started = caseworker.postJson("/api/matching/runs", Map.of("seconds", 3));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String run = started.json().path("id").asText();
        PackagedHaven.awaitRunEnd(caseworker, run);
        List<JsonNode> proposals = caseworker.get("/api/matching/runs/" + run + "/proposals").json().findParents("id");
        assertThat(proposals.size()).isGreaterThanOrEqualTo(2);
        String approve = proposals.get(0).path("id").asText();
        String reject = proposals.get(1).path("id").asText();
        Response approved = caseworker.postJson("/api/matching/proposals/" + approve + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        Response rejected = caseworker.postJson("/api/matching/proposals/" + reject + "/reject",
                Map.of("reason", "The host's stairs are too steep for this family."));
        assertThat(rejected.status()).as(rejected.body()).isBetween(200, 204);
    }

    private static void gzip(Path from, Path to) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
            Files.copy(from, out);
        }
    }
}
