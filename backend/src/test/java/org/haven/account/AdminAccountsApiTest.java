package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.RecordedMail;
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

    /** The account as the admin list shows it. */
    private static JsonNode account(ApiClient admin, String email) {
        JsonNode items = admin.get("/api/admin/accounts?q=" + email).json().path("items");
        assertThat(items).as(email).hasSize(1);
        return items.get(0);
    }

    private static String idOf(ApiClient admin, String email) {
        return account(admin, email).path("id").asText();
    }

    /** The actions the audit log holds about the account, oldest first. */
    private static List<String> auditedActions(ApiClient admin, String accountId) {
        JsonNode items = admin.get("/api/admin/audit-events?size=100&subjectId=" + accountId).json().path("items");
        List<String> actions = new ArrayList<>();
        items.forEach(item -> actions.add(item.path("action").asText()));
        Collections.reverse(actions);
        return actions;
    }

    @Test
    void onlyAdminsReachAccountAdministration() {
        Map<String, Object> caseworker = Map.of("email", TestAccounts.uniqueEmail("cw"), "displayName", "Cw",
                "role", "CASEWORKER");

        assertThat(new ApiClient(port).get("/api/admin/accounts").status()).isEqualTo(401);
        for (Role role : new Role[] { Role.HOST, Role.CASEWORKER }) {
            ApiClient client = testAccounts.signedIn(role);
            assertThat(client.get("/api/admin/accounts").status()).as(role.name()).isEqualTo(403);
            Response create = client.postJson("/api/admin/accounts", caseworker);
            assertThat(create.status()).isEqualTo(403);
            assertThat(create.problemType()).isEqualTo("access-denied");
        }
        assertThat(testAccounts.signedIn(Role.ADMIN).get("/api/admin/accounts?q=" + caseworker.get("email")).json()
                .path("totalItems").asLong()).as("nothing was created").isZero();
    }

    @Test
    void onlyAdminsReadChangeOrUnlockAnAccount() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String hostEmail = testAccounts.create(Role.HOST);
        String hostId = idOf(admin, hostEmail);
        String path = "/api/admin/accounts/" + hostId;

        ApiClient anonymous = new ApiClient(port);
        assertThat(anonymous.get(path).status()).isEqualTo(401);
        assertThat(anonymous.send("PATCH", path, Map.of("status", "DISABLED")).status()).isEqualTo(401);
        assertThat(anonymous.send("POST", path + "/unlock").status()).isEqualTo(401);
        for (Role role : new Role[] { Role.HOST, Role.CASEWORKER }) {
            ApiClient client = testAccounts.signedIn(role);
            assertThat(client.get(path).status()).as(role.name()).isEqualTo(403);
            Response patch = client.send("PATCH", path, Map.of("status", "DISABLED"));
            assertThat(patch.status()).as(role.name()).isEqualTo(403);
            assertThat(patch.problemType()).isEqualTo("access-denied");
            assertThat(client.send("POST", path + "/unlock").status()).as(role.name()).isEqualTo(403);
        }
        ApiClient theHostItself = testAccounts.signedInAs(hostEmail);
        assertThat(theHostItself.send("PATCH", path, Map.of("status", "DISABLED")).status()).isEqualTo(403);

        assertThat(account(admin, hostEmail).path("status").asText()).as("nothing changed").isEqualTo("ACTIVE");
        assertThat(auditedActions(admin, hostId)).doesNotContain("ACCOUNT_DISABLED");
    }

    @Test
    void anAdminReadsOneAccountAndAnUnknownOneIsNotFound() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = testAccounts.create(Role.CASEWORKER);
        String id = idOf(admin, email);

        Response one = admin.get("/api/admin/accounts/" + id);
        Response unknown = admin.get("/api/admin/accounts/" + UUID.randomUUID());
        Response notAnId = admin.get("/api/admin/accounts/not-an-id");
        Response patchUnknown = admin.send("PATCH", "/api/admin/accounts/" + UUID.randomUUID(), Map.of("status", "DISABLED"));

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("email").asText()).isEqualTo(email);
        assertThat(one.json().path("role").asText()).isEqualTo("CASEWORKER");
        assertThat(one.json().path("locked").asBoolean()).isFalse();
        assertThat(one.json().has("lockedUntil")).isTrue();
        assertThat(one.json().path("lockedUntil").isNull()).isTrue();
        assertThat(one.body()).doesNotContain("passwordHash", "failedLoginCount");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("not-found");
        assertThat(notAnId.status()).isEqualTo(400);
        assertThat(notAnId.fieldCode("id")).contains("invalid-value");
        assertThat(patchUnknown.status()).isEqualTo(404);
    }

    @Test
    void disablingEndsEveryOpenSessionAtOnceAndReEnablingLetsThePersonSignInAgain() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = testAccounts.create(Role.CASEWORKER);
        ApiClient laptop = testAccounts.signedInAs(email);
        ApiClient phone = testAccounts.signedInAs(email);
        assertThat(laptop.get("/api/hosts").status()).isEqualTo(200);
        String id = idOf(admin, email);

        Response disabled = admin.send("PATCH", "/api/admin/accounts/" + id, Map.of("status", "DISABLED"));

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.json().path("status").asText()).isEqualTo("DISABLED");
        for (ApiClient session : new ApiClient[] { laptop, phone }) {
            Response next = session.get("/api/hosts");
            assertThat(next.status()).as("the old session cookie no longer works").isEqualTo(401);
            assertThat(next.problemType()).isEqualTo("unauthenticated");
            assertThat(session.get("/api/auth/me").status()).isEqualTo(401);
        }
        Response signIn = new ApiClient(port).login(email, TestAccounts.PASSWORD);
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.problemType()).isEqualTo("bad-credentials");
        assertThat(admin.get("/api/auth/me").status()).as("the admin's own session goes on").isEqualTo(200);

        Response enabled = admin.send("PATCH", "/api/admin/accounts/" + id, Map.of("status", "ACTIVE"));

        assertThat(enabled.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(testAccounts.signedInAs(email).get("/api/hosts").status()).isEqualTo(200);
        assertThat(auditedActions(admin, id)).containsSubsequence("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
    }

    @Test
    void aNewRoleEndsTheOldSessionsAndAppliesAtTheNextSignIn() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = testAccounts.create(Role.CASEWORKER);
        ApiClient before = testAccounts.signedInAs(email);
        String id = idOf(admin, email);

        Response promoted = admin.send("PATCH", "/api/admin/accounts/" + id, Map.of("role", "ADMIN"));

        assertThat(promoted.status()).isEqualTo(200);
        assertThat(promoted.json().path("role").asText()).isEqualTo("ADMIN");
        assertThat(before.get("/api/auth/me").status()).isEqualTo(401);
        ApiClient after = testAccounts.signedInAs(email);
        assertThat(after.get("/api/auth/me").json().path("role").asText()).isEqualTo("ADMIN");
        assertThat(after.get("/api/admin/accounts").status()).isEqualTo(200);

        Response demoted = admin.send("PATCH", "/api/admin/accounts/" + id, Map.of("role", "CASEWORKER"));

        assertThat(demoted.json().path("role").asText()).isEqualTo("CASEWORKER");
        assertThat(after.get("/api/admin/accounts").status()).as("the admin session ended").isEqualTo(401);
        assertThat(testAccounts.signedInAs(email).get("/api/admin/accounts").status()).isEqualTo(403);
    }

    @Test
    void aHostStaysAHostAndStaffStayStaff() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String hostEmail = testAccounts.create(Role.HOST);
        String caseworkerEmail = testAccounts.create(Role.CASEWORKER);
        ApiClient host = testAccounts.signedInAs(hostEmail);

        Response hostToCaseworker = admin.send("PATCH", "/api/admin/accounts/" + idOf(admin, hostEmail),
                Map.of("role", "CASEWORKER"));
        Response hostToAdmin = admin.send("PATCH", "/api/admin/accounts/" + idOf(admin, hostEmail),
                Map.of("role", "ADMIN", "status", "ACTIVE"));
        Response caseworkerToHost = admin.send("PATCH", "/api/admin/accounts/" + idOf(admin, caseworkerEmail),
                Map.of("role", "HOST"));

        for (Response refused : List.of(hostToCaseworker, hostToAdmin, caseworkerToHost)) {
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.problemType()).isEqualTo("conflict");
            assertThat(refused.fieldCode("role")).contains("role-change-not-allowed");
        }
        assertThat(account(admin, hostEmail).path("role").asText()).isEqualTo("HOST");
        assertThat(account(admin, caseworkerEmail).path("role").asText()).isEqualTo("CASEWORKER");
        assertThat(host.get("/api/host/household").status()).as("the host's session goes on").isEqualTo(200);
        assertThat(auditedActions(admin, idOf(admin, hostEmail))).doesNotContain("ACCOUNT_ROLE_CHANGED");
    }

    @Test
    void unlockingClearsALockSoTheRightPasswordWorksAgain() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = testAccounts.create(Role.HOST);
        ApiClient guesser = new ApiClient(port);
        for (int i = 0; i < 5; i++) {
            guesser.login(email, "a wrong guess number " + i);
        }
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).as("locked").isEqualTo(401);
        JsonNode locked = account(admin, email);
        assertThat(locked.path("locked").asBoolean()).isTrue();
        assertThat(java.time.Instant.parse(locked.path("lockedUntil").asText())).isAfter(java.time.Instant.now());
        String id = locked.path("id").asText();

        Response unlocked = admin.send("POST", "/api/admin/accounts/" + id + "/unlock");

        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.json().path("locked").asBoolean()).isFalse();
        assertThat(unlocked.json().path("lockedUntil").isNull()).isTrue();
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        JsonNode audited = admin.get("/api/admin/audit-events?action=ACCOUNT_UNLOCKED&subjectId=" + id).json()
                .path("items");
        assertThat(audited).hasSize(1);
        assertThat(audited.get(0).path("details").path("before").path("lockedUntil").asText())
                .isEqualTo(locked.path("lockedUntil").asText());
        assertThat(audited.get(0).path("details").path("after").path("lockedUntil").isNull()).isTrue();

        Response again = admin.send("POST", "/api/admin/accounts/" + id + "/unlock");

        assertThat(again.status()).as("nothing to clear is not an error").isEqualTo(200);
        assertThat(admin.get("/api/admin/audit-events?action=ACCOUNT_UNLOCKED&subjectId=" + id).json()
                .path("totalItems").asInt()).as("and changes nothing").isEqualTo(1);
    }

    @Test
    void everyChangeIsAuditedWithWhoAndBeforeAndAfter() {
        String adminEmail = testAccounts.create(Role.ADMIN);
        ApiClient admin = testAccounts.signedInAs(adminEmail);
        String id = idOf(admin, testAccounts.create(Role.CASEWORKER));

        admin.send("PATCH", "/api/admin/accounts/" + id, Map.of("role", "ADMIN", "status", "DISABLED"));

        JsonNode events = admin.get("/api/admin/audit-events?actor=" + adminEmail + "&subjectId=" + id).json().path("items");
        assertThat(events).extracting(event -> event.path("action").asText())
                .containsExactlyInAnyOrder("ACCOUNT_ROLE_CHANGED", "ACCOUNT_DISABLED");
        for (JsonNode event : events) {
            assertThat(event.path("actorEmail").asText()).isEqualTo(adminEmail);
            assertThat(event.path("subjectType").asText()).isEqualTo("ACCOUNT");
            String setting = event.path("action").asText().equals("ACCOUNT_ROLE_CHANGED") ? "role" : "status";
            assertThat(event.path("details").path("before").path(setting).asText())
                    .isEqualTo(setting.equals("role") ? "CASEWORKER" : "ACTIVE");
            assertThat(event.path("details").path("after").path(setting).asText())
                    .isEqualTo(setting.equals("role") ? "ADMIN" : "DISABLED");
        }
    }

    @Test
    void badChangesAreRefusedClearlyAndAnEmptyOneChangesNothing() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = testAccounts.create(Role.CASEWORKER);
        String path = "/api/admin/accounts/" + idOf(admin, email);

        Response unknownStatus = admin.send("PATCH", path, Map.of("status", "LOCKED"));
        Response unknownRole = admin.send("PATCH", path, Map.of("role", "KING"));
        Response unknownField = admin.send("PATCH", path, Map.of("email", "someone.else@haven.test"));
        Response notJson = admin.send("PATCH", path, "{");
        Response empty = admin.send("PATCH", path, Map.of());

        assertThat(unknownStatus.status()).isEqualTo(400);
        assertThat(unknownStatus.fieldCode("status")).contains("invalid-value");
        assertThat(unknownRole.fieldCode("role")).contains("invalid-value");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.fieldCode("email")).contains("unknown-field");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().path("email").asText()).isEqualTo(email);
        assertThat(account(admin, email).path("status").asText()).isEqualTo("ACTIVE");
        assertThat(auditedActions(admin, idOf(admin, email))).containsExactly("ACCOUNT_CREATED_CASEWORKER");
    }

    @Test
    void anAdminCreatesACaseworkerWhoChoosesTheirOwnPasswordThroughTheInvitation() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = TestAccounts.uniqueEmail("created-cw");

        Response created = admin.postJson("/api/admin/accounts", Map.of("email", email, "displayName", "Casey Worker",
                "role", "CASEWORKER"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("role").asText()).isEqualTo("CASEWORKER");
        assertThat(created.json().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.json().path("invitationPending").asBoolean()).isTrue();
        ApiClient caseworker = new ApiClient(port);
        assertThat(caseworker.postJson("/api/auth/invitation/" + RecordedMail.awaitToken(email, "invitation"),
                Map.of("newPassword", "a password of my own choosing")).status()).isEqualTo(204);
        assertThat(caseworker.login(email, "a password of my own choosing").status()).isEqualTo(204);
        assertThat(caseworker.get("/api/auth/me").json().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(admin.get("/api/admin/accounts/" + created.json().path("id").asText()).json()
                .path("invitationPending").asBoolean()).isFalse();
    }

    @Test
    void theListFiltersByRoleStatusAndTextAndPages() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String marker = "filter" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            admin.postJson("/api/admin/accounts", Map.of("email", marker + i + "@haven.test", "displayName", "Filtered " + i,
                    "role", i == 0 ? "ADMIN" : "CASEWORKER"));
        }

        JsonNode caseworkers = admin.get("/api/admin/accounts?role=CASEWORKER&status=ACTIVE&q=" + marker).json();
        JsonNode firstPage = admin.get("/api/admin/accounts?q=" + marker.toUpperCase() + "&size=2&page=0").json();

        assertThat(caseworkers.path("totalItems").asLong()).isEqualTo(2);
        assertThat(caseworkers.path("items")).allSatisfy(item ->
                assertThat(item.path("role").asText()).isEqualTo("CASEWORKER"));
        assertThat(firstPage.path("items")).hasSize(2);
        assertThat(firstPage.path("totalItems").asLong()).isEqualTo(3);
        assertThat(firstPage.path("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.toString()).doesNotContain("passwordHash", "password_hash");
    }

    @Test
    void badListParametersAndBadAccountsAreRefusedClearly() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);

        Response unknownRole = admin.get("/api/admin/accounts?role=KING");
        Response hugePage = admin.get("/api/admin/accounts?size=100000");
        Response unknownField = admin.postJson("/api/admin/accounts", Map.of("email", TestAccounts.uniqueEmail("x"),
                "displayName", "X", "role", "CASEWORKER", "status", "ACTIVE"));
        Response missingRole = admin.postJson("/api/admin/accounts", Map.of("email", TestAccounts.uniqueEmail("x"),
                "displayName", "X"));

        assertThat(unknownRole.status()).isEqualTo(400);
        assertThat(unknownRole.fieldCode("role")).contains("invalid-value");
        assertThat(hugePage.status()).isEqualTo(400);
        assertThat(hugePage.fieldCode("size")).contains("out-of-range");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.fieldCode("status")).contains("unknown-field");
        assertThat(missingRole.fieldCode("role")).contains("required");
    }
}
