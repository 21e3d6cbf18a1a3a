package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.haven.family.FamilyApiFixtures;
import org.haven.host.HostApiFixtures;
import org.haven.testing.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL backup procedure of docs/operations.md, by its scripts, on the packaged jar set up
 * as production runs it (an owner role migrates, the app connects as its own role): a backup taken
 * while Haven runs holds what was written before it; restoring it brings that back (encrypted fields
 * readable with the same key, the app's grants and the append-only audit log as they were) and
 * drops what came after.
 *
 * <p>The server is PostgreSQL 15, not the 17 of the other tests: the scripts run this machine's
 * {@code pg_dump}, Debian bookworm's 15, which refuses to dump a newer server.
 */
class PostgresBackupRestoreIT {

    private static final String OWNER = "haven_owner";
    private static final String APP = "haven_app";
    private static final String APP_PASSWORD = "the app role password";
    private static final String DATABASE = "haven";
    /** SQLSTATE insufficient_privilege. */
    private static final String PERMISSION_DENIED = "42501";

    @TempDir
    Path workDir;

    private EmbeddedPostgres postgres;
    private PackagedHaven app;

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.kill();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void thePostgresBackupScriptsRestoreWhatWasBackedUpWithItsGrants() throws Exception {
        startPostgres15();
        createRolesAndDatabase();
        String encryptionKey = Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32));

        startHaven(encryptionKey);
        ApiClient caseworker = app.signIn("caseworker@haven.example");
        String before = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        ApiClient host = app.signIn("host@haven.example");
        var offer = host.postJson("/api/host/offers", HostApiFixtures.offer("SE15 4AA"));
        assertThat(offer.status()).as(offer.body()).isEqualTo(201);
        String offerBefore = offer.json().path("id").asText();
        String addressBefore = host.get("/api/host/offers/" + offerBefore).json().path("address").asText();

        Path dump = workDir.resolve("haven.dump");
        String backupOutput = PackagedHaven.backupScript("pg-backup.sh", databaseUri(), dump.toString());
        assertThat(backupOutput).contains("Backed up");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(java.nio.file.Files.getPosixFilePermissions(dump)))
                .as("a dump holds personal data: its owner's only").isEqualTo("rw-------");

        String after = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        app.stopGracefully();
        app = null;

        PackagedHaven.backupScript("pg-restore.sh", dump.toString(), databaseUri());
        startHaven(encryptionKey);
        caseworker = app.signIn("caseworker@haven.example");
        host = app.signIn("host@haven.example");

        assertThat(caseworker.get("/api/families/" + before).status()).isEqualTo(200);
        assertThat(caseworker.get("/api/families/" + before).json().path("notes").asText())
                .as("encrypted fields read back with the same key").contains("CANARY");
        assertThat(host.get("/api/host/offers/" + offerBefore).json().path("address").asText())
                .as("the offer's encrypted address").isEqualTo(addressBefore).isNotBlank();
        assertThat(caseworker.get("/api/families/" + after).status()).as("written after the backup").isEqualTo(404);
        assertThat(refusedToTheApp("UPDATE audit_event SET action = 'NOTHING_HAPPENED'").getSQLState())
                .as("the audit log is still append-only for the app's role").isEqualTo(PERMISSION_DENIED);
        assertThat(refusedToTheApp("DELETE FROM audit_event").getSQLState()).isEqualTo(PERMISSION_DENIED);
        System.out.printf("PostgresBackupRestoreIT: pg_dump %s backed up PostgreSQL %s; restored, the case and offer "
                + "written before are back, the one after is gone, the audit log's grants hold%n",
                clientVersion(), serverVersion());
    }

    private void startHaven(String encryptionKey) throws Exception {
        Map<String, String> environment = new HashMap<>();
        environment.put("HAVEN_DB_URL", "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE);
        environment.put("HAVEN_DB_USER", APP);
        environment.put("HAVEN_DB_PASSWORD", APP_PASSWORD);
        environment.put("HAVEN_DB_MIGRATION_USER", OWNER);
        environment.put("HAVEN_DB_MIGRATION_PASSWORD", "unused: the test server trusts local connections");
        environment.put("HAVEN_ENCRYPTION_KEY", encryptionKey);
        app = PackagedHaven.start(workDir.resolve("app.log"), environment, "--spring.profiles.active=postgres",
                "--haven.data-dir=" + workDir.resolve("data"));
    }

    private void startPostgres15() throws IOException {
        postgres = Postgres15.start(workDir.resolve("pgdata"));
        assertThat(serverVersion()).startsWith("15.");
    }

    /** The two roles and the database of docs/operations.md → PostgreSQL, exactly as written there. */
    private void createRolesAndDatabase() throws SQLException {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
                Statement statement = superuser.createStatement()) {
            statement.execute("CREATE ROLE " + OWNER + " LOGIN PASSWORD 'owner password'");
            statement.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
        }
        try (Connection superuser = DriverManager.getConnection(jdbcUrl(), "postgres", "postgres");
                Statement statement = superuser.createStatement()) {
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
        }
    }

    private SQLException refusedToTheApp(String sql) throws SQLException {
        try (Connection app = DriverManager.getConnection(jdbcUrl(), APP, APP_PASSWORD);
                Statement statement = app.createStatement()) {
            return catchThrowableOfType(() -> statement.execute(sql), SQLException.class);
        }
    }

    private String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** As an operator passes it to the scripts: the owner signs in. */
    private String databaseUri() {
        return "postgresql://" + OWNER + "@localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    private String serverVersion() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clientVersion() throws Exception {
        Process process = new ProcessBuilder("pg_dump", "--version").redirectErrorStream(true).start();
        return new String(process.getInputStream().readAllBytes()).trim();
    }
}
