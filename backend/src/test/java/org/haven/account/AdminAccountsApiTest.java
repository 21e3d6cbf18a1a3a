package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class AdminAccountsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    private ApiClient signedIn(Role role) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(testAccounts.create(role), TestAccounts.PASSWORD).status()).isEqualTo(204);
        return client;
    }

    @Test
    void onlyAdminsReachAccountAdministration() {
        Map<String, Object> caseworker = Map.of("email", TestAccounts.uniqueEmail("cw"), "displayName", "Cw",
                "role", "CASEWORKER", "password", "an initial long password");

        assertThat(new ApiClient(port).get("/api/admin/accounts").status()).isEqualTo(401);
        for (Role role : new Role[] { Role.HOST, Role.CASEWORKER }) {
            ApiClient client = signedIn(role);
            assertThat(client.get("/api/admin/accounts").status()).as(role.name()).isEqualTo(403);
            Response create = client.postJson("/api/admin/accounts", caseworker);
            assertThat(create.status()).isEqualTo(403);
            assertThat(create.problemType()).isEqualTo("access-denied");
        }
        assertThat(new ApiClient(port).login(caseworker.get("email").toString(), "an initial long password").status())
                .as("nothing was created").isEqualTo(401);
    }

    @Test
    void anAdminCreatesACaseworkerWhoMustChooseTheirOwnPassword() {
        ApiClient admin = signedIn(Role.ADMIN);
        String email = TestAccounts.uniqueEmail("created-cw");

        Response created = admin.postJson("/api/admin/accounts", Map.of("email", email, "displayName", "Casey Worker",
                "role", "CASEWORKER", "password", "an initial long password"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("role").asText()).isEqualTo("CASEWORKER");
        assertThat(created.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.json().path("passwordChangeRequired").asBoolean()).isTrue();
        ApiClient caseworker = new ApiClient(port);
        assertThat(caseworker.login(email, "an initial long password").status()).isEqualTo(204);
        assertThat(caseworker.get("/api/auth/me").json().path("passwordChangeRequired").asBoolean()).isTrue();
    }

    @Test
    void theListFiltersByRoleStatusAndTextAndPages() {
        ApiClient admin = signedIn(Role.ADMIN);
        String marker = "filter" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            admin.postJson("/api/admin/accounts", Map.of("email", marker + i + "@haven.test", "displayName", "Filtered " + i,
                    "role", i == 0 ? "ADMIN" : "CASEWORKER", "password", "an initial long password"));
        }

        JsonNode caseworkers = admin.get("/api/admin/accounts?role=CASEWORKER&status=ACTIVE&q=" + marker).json();
        JsonNode firstPage = admin.get("/api/admin/accounts?q=" + marker.toUpperCase() + "&size=2&page=0").json();

        assertThat(caseworkers.path("totalItems").asLong()).isEqualTo(2);
        assertThat(caseworkers.path("items")).allSatisfy(item ->
                assertThat(item.path("role").asText()).isEqualTo("CASEWORKER"));
        assertThat(firstPage.path("items")).hasSize(2);
        assertThat(firstPage.path("totalItems").asLong()).isEqualTo(3);
        assertThat(firstPage.path("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.toString()).doesNotContain("passwordHash", "an initial long password");
    }

    @Test
    void badListParametersAndBadAccountsAreRefusedClearly() {
        ApiClient admin = signedIn(Role.ADMIN);

        Response unknownRole = admin.get("/api/admin/accounts?role=KING");
        Response hugePage = admin.get("/api/admin/accounts?size=100000");
        Response unknownField = admin.postJson("/api/admin/accounts", Map.of("email", TestAccounts.uniqueEmail("x"),
                "displayName", "X", "role", "CASEWORKER", "password", "an initial long password", "status", "ACTIVE"));
        Response missingRole = admin.postJson("/api/admin/accounts", Map.of("email", TestAccounts.uniqueEmail("x"),
                "displayName", "X", "password", "an initial long password"));

        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.fieldCode("role")).contains("invalid-value");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.fieldCode("size")).contains("out-of-range");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.fieldCode("status")).contains("unknown-field");
        assertThat(missingRole.fieldCode("role")).contains("required");
    }
}
