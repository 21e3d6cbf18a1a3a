package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.AuthenticatorApp;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two-factor sign-in where it is a choice: hosts always, staff while
 * {@code HAVEN_STAFF_TWO_FACTOR=optional} (the tests' setting, as in {@code --demo}). The rules of
 * codes, the lock and the admin's reset are in {@link StaffSecondFactorApiTestBase}.
 */
@HttpTest
class OptionalSecondFactorApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void staffSignInWithAPasswordAloneWhileTheSettingIsOptional() {
        ApiClient caseworker = signedIn(testAccounts.create(Role.CASEWORKER));
        JsonNode me = caseworker.get("/api/auth/me").json();
        assertThat(me.path("secondFactor").asText()).isEqualTo("DONE");
        assertThat(me.path("secondFactorEnabled").asBoolean()).isFalse();
        assertThat(me.path("secondFactorOptional").asBoolean()).isTrue();
        assertThat(caseworker.get("/api/families").status()).isEqualTo(200);
    }

    @Test
    void aHostOptsInSignsInWithACodeAndTurnsItOffWithARecoveryCode() {
        String email = testAccounts.create(Role.HOST);
        ApiClient host = signedIn(email);
        String secret = host.postJson("/api/auth/totp/enrolment", Map.of()).json().path("secret").asText();
        Instant enrolledAt = Instant.now();
        Response confirmed = host.postJson("/api/auth/totp/enrolment/confirm",
                Map.of("code", AuthenticatorApp.code(secret, enrolledAt)));
        assertThat(confirmed.status()).isEqualTo(200);
        List<String> recoveryCodes = new ArrayList<>();
        confirmed.json().path("recoveryCodes").forEach(code -> recoveryCodes.add(code.asText()));
        assertThat(host.get("/api/auth/me").json().path("secondFactorEnabled").asBoolean()).isTrue();
        assertThat(host.get("/api/host/household").status()).as("this session stays signed in").isEqualTo(200);
        assertThat(host.postJson("/api/auth/totp/enrolment", Map.of()).status())
                .as("a second one is not set up over the first").isEqualTo(409);

        ApiClient again = signedIn(email);
        assertThat(again.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("REQUIRED");
        Response blocked = again.get("/api/host/household");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.problemType()).isEqualTo("second-factor-required");
        assertThat(again.postJson("/api/auth/totp",
                Map.of("code", AuthenticatorApp.code(secret, enrolledAt.plusSeconds(30)))).status()).isEqualTo(204);
        assertThat(again.get("/api/host/household").status()).isEqualTo(200);

        Response wrong = again.postJson("/api/auth/totp/disable", Map.of("code", "abcd-efgh-ijkl-mnop"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.fieldCode("code")).contains("code-wrong");
        assertThat(again.postJson("/api/auth/totp/disable", Map.of("code", recoveryCodes.get(0))).status())
                .isEqualTo(204);
        assertThat(again.get("/api/auth/me").json().path("secondFactorEnabled").asBoolean()).isFalse();
        assertThat(signedIn(email).get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("DONE");
    }

    @Test
    void confirmingWithoutAnEnrolmentOrWithAWrongCodeChangesNothing() {
        ApiClient host = signedIn(testAccounts.create(Role.HOST));
        assertThat(host.postJson("/api/auth/totp/enrolment/confirm", Map.of("code", "123456")).status())
                .isEqualTo(409);
        assertThat(host.postJson("/api/auth/totp", Map.of("code", "123456")).status())
                .as("no second factor to check").isEqualTo(409);
        host.postJson("/api/auth/totp/enrolment", Map.of());
        Response wrong = host.postJson("/api/auth/totp/enrolment/confirm", Map.of("code", "12345x"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.fieldCode("code")).contains("code-wrong");
        Response missing = host.postJson("/api/auth/totp/enrolment/confirm", Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(host.get("/api/auth/me").json().path("secondFactorEnabled").asBoolean()).isFalse();
    }

    private ApiClient signedIn(String email) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        return client;
    }
}
