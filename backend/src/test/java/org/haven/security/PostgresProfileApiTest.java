package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.haven.testing.ApiClient;
import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.EmbeddedPostgresSupport.Database;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code postgres} profile as production runs it: connection from HAVEN_DB_* variables,
 * Flyway migrating an empty PostgreSQL database, and a user journey through HTTP.
 */
@ActiveProfiles("postgres")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.admin.email=pg-admin@haven.test",
        "haven.admin.password=postgres admin pass phrase"
})
class PostgresProfileApiTest {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        Database database = EmbeddedPostgresSupport.newDatabase();
        registry.add("HAVEN_DB_URL", database::jdbcUrl);
        registry.add("HAVEN_DB_USER", database::username);
        registry.add("HAVEN_DB_PASSWORD", database::password);
    }

    @Test
    void aHostSignsUpAndTheAdminSeesTheAccountOnPostgres() {
        ApiClient host = new ApiClient(port);
        assertThat(host.postJson("/api/auth/register", Map.of("email", "pg-host@haven.test",
                "password", "a postgres host pass phrase", "displayName", "Pat Host")).status()).isEqualTo(201);
        assertThat(host.login("pg-host@haven.test", "a postgres host pass phrase").status()).isEqualTo(204);
        assertThat(host.get("/api/auth/me").json().path("role").asText()).isEqualTo("HOST");

        ApiClient admin = new ApiClient(port);
        assertThat(admin.login("pg-admin@haven.test", "postgres admin pass phrase").status()).isEqualTo(204);
        assertThat(admin.get("/api/admin/accounts?role=HOST&q=pg-host").json().path("items").get(0)
                .path("lastLoginAt").isNull()).isFalse();
    }
}
