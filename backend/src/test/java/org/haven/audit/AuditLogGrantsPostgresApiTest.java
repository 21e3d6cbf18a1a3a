package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.EmbeddedPostgresSupport.Database;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production set-up of docs/operations.md on a real PostgreSQL: migrations run as the owner
 * (HAVEN_DB_MIGRATION_USER), the app connects as a role of its own (HAVEN_DB_USER) that was given
 * no rights by hand. The grants of {@code db/postgres/afterMigrate.sql} let the app work, and its
 * role can add to the audit log and read it but neither change nor delete a line.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.admin.email=grants-admin@haven.test",
        "haven.admin.password=grants admin pass phrase"
})
class AuditLogGrantsPostgresApiTest {

    /** SQLSTATE insufficient_privilege. */
    private static final String PERMISSION_DENIED = "42501";
    private static final String APP_ROLE = "haven_app_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String APP_PASSWORD = "app role password";

    private static String databaseUrl;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        Database database = EmbeddedPostgresSupport.newDatabase();
        // Without the URL's own ?user=, so each connection signs in as the user it is given.
        databaseUrl = database.jdbcUrl().substring(0, database.jdbcUrl().indexOf('?'));
        try (Connection owner = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                Statement statement = owner.createStatement()) {
            statement.execute("CREATE ROLE " + APP_ROLE + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
        }
        registry.add("HAVEN_DB_URL", () -> databaseUrl);
        registry.add("HAVEN_DB_USER", () -> APP_ROLE);
        registry.add("HAVEN_DB_PASSWORD", () -> APP_PASSWORD);
        registry.add("HAVEN_DB_MIGRATION_USER", database::username);
        registry.add("HAVEN_DB_MIGRATION_PASSWORD", database::password);
    }

    private static Connection asTheApp() throws SQLException {
        return DriverManager.getConnection(databaseUrl, APP_ROLE, APP_PASSWORD);
    }

    private static SQLException refused(String sql) throws SQLException {
        try (Connection app = asTheApp(); Statement statement = app.createStatement()) {
            return catchThrowableOfType(() -> statement.execute(sql), SQLException.class);
        }
    }

    private static int auditLines() throws SQLException {
        try (Connection app = asTheApp(); Statement statement = app.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM audit_event")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void theAppWorksAsItsOwnRoleWhichCanAddToTheAuditLogButNeverChangeIt() throws SQLException {
        ApiClient admin = new ApiClient(port);
        assertThat(admin.login("grants-admin@haven.test", "grants admin pass phrase").status()).isEqualTo(204);
        assertThat(admin.get("/api/auth/me").json().path("email").asText()).isEqualTo("grants-admin@haven.test");
        Response created = admin.postJson("/api/admin/accounts", Map.of("email", "grants-cw@haven.test",
                "displayName", "Grant Worker", "role", "CASEWORKER"));
        assertThat(created.status()).isEqualTo(201);
        String caseworker = created.json().path("id").asText();
        assertThat(admin.send("PATCH", "/api/admin/accounts/" + caseworker, Map.of("status", "DISABLED")).status())
                .isEqualTo(200);

        Response audit = admin.get("/api/admin/audit-events?subjectId=" + caseworker);
        assertThat(audit.status()).isEqualTo(200);
        assertThat(audit.json().path("items")).extracting(item -> item.path("action").asText())
                .containsExactly("ACCOUNT_DISABLED", "INVITATION_SENT", "ACCOUNT_CREATED_CASEWORKER");
        try (Connection app = asTheApp(); Statement statement = app.createStatement();
                var user = statement.executeQuery("SELECT current_user")) {
            user.next();
            assertThat(user.getString(1)).as("these connections are the app's role").isEqualTo(APP_ROLE);
        }

        int before = auditLines();
        for (String sql : new String[] {
                "UPDATE audit_event SET action = 'NOTHING_HAPPENED'",
                "DELETE FROM audit_event",
                "TRUNCATE audit_event",
                "DELETE FROM flyway_schema_history" }) {
            SQLException denied = refused(sql);
            assertThat((Throwable) denied).as(sql).isNotNull();
            assertThat(denied.getSQLState()).as(sql).isEqualTo(PERMISSION_DENIED);
        }
        assertThat(auditLines()).isEqualTo(before);
        assertThat(admin.get("/api/admin/audit-events?subjectId=" + caseworker).json().path("items"))
                .isEqualTo(audit.json().path("items"));
    }
}
