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

    @Test
    void hostsOffersAndFamilyCasesRoundTripOnPostgres() {
        ApiClient host = new ApiClient(port);
        host.postJson("/api/auth/register", Map.of("email", "pg-offer-host@haven.test",
                "password", "a postgres host pass phrase", "displayName", "Olu Host"));
        host.login("pg-offer-host@haven.test", "a postgres host pass phrase");
        assertThat(host.send("PUT", "/api/host/household", org.haven.host.HostApiFixtures.household()).status())
                .isEqualTo(200);
        assertThat(host.postJson("/api/host/offers", org.haven.host.HostApiFixtures.offer("SE15 4AA")).status())
                .isEqualTo(201);

        ApiClient admin = new ApiClient(port);
        admin.login("pg-admin@haven.test", "postgres admin pass phrase");
        admin.postJson("/api/admin/accounts", Map.of("email", "pg-caseworker@haven.test", "displayName", "Pat Worker",
                "role", "CASEWORKER", "password", "initial caseworker phrase"));
        ApiClient caseworker = new ApiClient(port);
        caseworker.login("pg-caseworker@haven.test", "initial caseworker phrase");
        caseworker.postJson("/api/auth/password", Map.of("currentPassword", "initial caseworker phrase",
                "newPassword", "the caseworker's own phrase"));

        var created = caseworker.postJson("/api/families", org.haven.family.FamilyApiFixtures.family());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var read = caseworker.get("/api/families/" + created.json().path("id").asText()).json();
        assertThat(read.path("notes").asText()).contains("CANARY-NOTE");
        assertThat(read.path("members")).hasSize(4);
        assertThat(read.path("needsLgbtqiAffirming").asBoolean()).isTrue();
        assertThat(caseworker.get("/api/hosts?q=Olu").json().path("items").get(0).path("offerCount").asInt()).isEqualTo(1);
    }
}
