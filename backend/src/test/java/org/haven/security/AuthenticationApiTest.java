package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.haven.account.AccountService;
import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class AuthenticationApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountService accountService;

    @Test
    void signInStartsANewSessionAndMeSaysWhoSignedIn() {
        String email = testAccounts.create(Role.CASEWORKER);
        ApiClient client = new ApiClient(port);
        client.get("/api/auth/csrf");
        client.setCookie("HAVEN_SESSION", "planted-by-an-attacker");

        Response login = client.login(email.toUpperCase(), TestAccounts.PASSWORD);

        assertThat(login.status()).isEqualTo(204);
        ApiClient attacker = new ApiClient(port);
        attacker.setCookie("HAVEN_SESSION", "planted-by-an-attacker");
        assertThat(attacker.get("/api/auth/me").status()).as("a planted session id is never signed in").isEqualTo(401);
        Response me = client.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("email").asText()).isEqualTo(email);
        assertThat(me.json().path("role").asText()).isEqualTo("CASEWORKER");
        assertThat(me.json().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(me.body()).doesNotContain("password\"", "passwordHash");
    }

    @Test
    void signingInAgainFromASignedInSessionGivesANewSessionId() {
        String email = testAccounts.create(Role.HOST);
        ApiClient client = new ApiClient(port);
        client.login(email, TestAccounts.PASSWORD);
        String before = client.cookie("HAVEN_SESSION").orElseThrow();

        assertThat(client.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);

        assertThat(client.cookie("HAVEN_SESSION")).isPresent().get().isNotEqualTo(before);
        ApiClient replay = new ApiClient(port);
        replay.setCookie("HAVEN_SESSION", before);
        assertThat(replay.get("/api/auth/me").status()).as("the old id no longer works").isEqualTo(401);
    }

    @Test
    void everySignInFailureGetsTheSameAnswer() {
        String locked = testAccounts.create(Role.HOST);
        ApiClient attacker = new ApiClient(port);
        for (int i = 0; i < 5; i++) {
            attacker.login(locked, "not the password " + i);
        }
        String existing = testAccounts.create(Role.HOST);

        Response unknownUser = new ApiClient(port).login("nobody-" + existing, TestAccounts.PASSWORD);
        Response wrongPassword = new ApiClient(port).login(existing, "not the password at all");
        Response lockedAccount = new ApiClient(port).login(locked, TestAccounts.PASSWORD);
        Response emptyForm = new ApiClient(port).postRaw("/api/auth/login", "application/x-www-form-urlencoded", "");

        for (Response failure : new Response[] { unknownUser, wrongPassword, lockedAccount, emptyForm }) {
            assertThat(failure.status()).isEqualTo(401);
            assertThat(failure.contentType()).startsWith("application/problem+json");
            assertThat(failure.problemType()).isEqualTo("bad-credentials");
        }
        assertThat(unknownUser.json().path("detail")).isEqualTo(wrongPassword.json().path("detail"))
                .isEqualTo(lockedAccount.json().path("detail"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPassword() {
        String email = testAccounts.create(Role.HOST);
        ApiClient client = new ApiClient(port);
        for (int i = 0; i < 4; i++) {
            assertThat(client.login(email, "wrong password " + i).status()).isEqualTo(401);
        }
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status())
                .as("four failures do not lock").isEqualTo(204);

        for (int i = 0; i < 5; i++) {
            client.login(email, "wrong password " + i);
        }

        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(401);
    }

    @Test
    void apiEndpointsNeedASession() {
        ApiClient anonymous = new ApiClient(port);

        for (String path : new String[] { "/api/auth/me", "/api/admin/accounts", "/api/hosts", "/actuator/metrics" }) {
            Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.problemType()).isEqualTo("unauthenticated");
        }
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void anUnsafeRequestWithoutTheCsrfTokenIsRefused() {
        String email = testAccounts.create(Role.HOST);
        ApiClient client = new ApiClient(port);
        client.login(email, TestAccounts.PASSWORD);

        Response response = client.postWithoutCsrf("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "another long password here"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.problemType()).isEqualTo("csrf-token-invalid");
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status())
                .as("the password did not change").isEqualTo(204);
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        String email = testAccounts.create(Role.ADMIN);
        ApiClient client = new ApiClient(port);
        client.login(email, TestAccounts.PASSWORD);
        String sessionId = client.cookie("HAVEN_SESSION").orElseThrow();

        assertThat(client.logout().status()).isEqualTo(204);

        ApiClient replay = new ApiClient(port);
        replay.setCookie("HAVEN_SESSION", sessionId);
        assertThat(replay.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void changingThePasswordEndsTheOtherSessionsButKeepsThisOne() {
        String email = testAccounts.create(Role.HOST);
        ApiClient phone = new ApiClient(port);
        ApiClient laptop = new ApiClient(port);
        phone.login(email, TestAccounts.PASSWORD);
        laptop.login(email, TestAccounts.PASSWORD);

        Response change = laptop.postJson("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "a brand new pass phrase"));

        assertThat(change.status()).isEqualTo(204);
        assertThat(laptop.get("/api/auth/me").status()).isEqualTo(200);
        assertThat(phone.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(401);
        assertThat(new ApiClient(port).login(email, "a brand new pass phrase").status()).isEqualTo(204);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordAndAGoodNewOne() {
        String email = testAccounts.create(Role.HOST);
        ApiClient client = new ApiClient(port);
        client.login(email, TestAccounts.PASSWORD);

        Response wrongCurrent = client.postJson("/api/auth/password",
                Map.of("currentPassword", "not my password at all", "newPassword", "a brand new pass phrase"));
        Response common = client.postJson("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "qwerty123456"));
        Response tooShort = client.postJson("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "short"));

        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.fieldCode("currentPassword")).contains("password-wrong");
        assertThat(common.status()).isEqualTo(400);
        assertThat(common.fieldCode("newPassword")).contains("password-common");
        assertThat(tooShort.fieldCode("newPassword")).contains("password-too-short");
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void anAccountThatMustChangeItsPasswordCanDoNothingElseUntilItHas() {
        String email = TestAccounts.uniqueEmail("new-caseworker");
        accountService.createInitial(email, "New caseworker", TestAccounts.PASSWORD, Role.CASEWORKER, true);
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);

        assertThat(client.get("/api/auth/me").json().path("passwordChangeRequired").asBoolean()).isTrue();
        Response blocked = client.get("/api/admin/accounts");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.problemType()).isEqualTo("password-change-required");

        assertThat(client.postJson("/api/auth/password",
                Map.of("currentPassword", TestAccounts.PASSWORD, "newPassword", "my own chosen pass phrase"))
                .status()).isEqualTo(204);

        assertThat(client.get("/api/auth/me").json().path("passwordChangeRequired").asBoolean()).isFalse();
        assertThat(client.get("/api/admin/accounts").problemType()).as("now only the role decides")
                .isEqualTo("access-denied");
    }

    @Test
    void responsesCarryTheSecurityHeadersAndTheSessionCookieIsProtected() {
        String email = testAccounts.create(Role.HOST);
        ApiClient client = new ApiClient(port);
        client.get("/api/auth/csrf");

        Response login = client.login(email, TestAccounts.PASSWORD);

        String setCookie = String.join("\n", login.headers().allValues("Set-Cookie"));
        assertThat(setCookie).contains("HAVEN_SESSION=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        Response me = client.get("/api/auth/me");
        assertThat(me.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(me.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(me.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(me.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
        assertThat(me.headers().firstValue("Server")).isEmpty();
    }
}
