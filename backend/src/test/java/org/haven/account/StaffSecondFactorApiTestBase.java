package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiEndpoints;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.AuthenticatorApp;
import org.haven.testing.MovableClock;
import org.haven.testing.TestAccounts;
import org.haven.testing.TestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Two-factor sign-in with {@code HAVEN_STAFF_TWO_FACTOR=required}, through real HTTP and a real
 * SMTP server: the forced enrolment of staff, the half-signed-in session that reaches nothing
 * else, codes that work once, recovery codes, the lock after wrong codes, the admin's reset, the
 * emails and the audit. Codes are computed from the secret the API gave, as an app would; the
 * clock moves forward a time step whenever a test needs a fresh code. Subclasses choose the
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.public-url=https://haven.charity.example/",
        "haven.security.staff-two-factor=required"
})
@Import({TestAccounts.class, MovableClock.Configuration.class})
abstract class StaffSecondFactorApiTestBase {

    private static final Set<String> HALF_SIGNED_IN_MAY = Set.of("GET /api/auth/me", "GET /api/auth/csrf",
            "POST /api/auth/logout");

    @RegisterExtension
    static GreenMailExtension smtp = TestSmtp.server();

    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.register(registry, smtp);
    }

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    AccountService accountService;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    /** A signed-in session and the secret of the account's second factor. */
    record Enrolled(ApiClient client, String email, String secret, List<String> recoveryCodes) {
    }

    @Test
    void staffSetUpASecondFactorAtTheirFirstSignInAndAreFullySignedInAfterIt() {
        String email = testAccounts.create(Role.CASEWORKER);
        ApiClient browser = new ApiClient(port);
        assertThat(browser.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        assertThat(browser.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("ENROL");
        Response blocked = browser.get("/api/families");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.contentType()).startsWith("application/problem+json");
        assertThat(blocked.json().path("type").asText()).endsWith("second-factor-enrolment-required");

        JsonNode enrolment = browser.postJson("/api/auth/totp/enrolment", Map.of()).json();
        String secret = enrolment.path("secret").asText();
        assertThat(secret).matches("[A-Z2-7]{32}"); // 160 bits in base32
        assertThat(enrolment.path("otpauthUri").asText()).startsWith("otpauth://totp/Haven%3A")
                .contains("secret=" + secret, "issuer=Haven", "digits=6", "period=30");
        assertThat(enrolment.path("qrSvg").asText()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .doesNotContain("<script", "href");
        String secretColumn = jdbc.queryForObject("select totp_pending_secret from account where email = ?",
                String.class, email);
        assertThat(secretColumn).as("stored encrypted").isNotBlank().doesNotContain(secret);

        Response wrong = browser.postJson("/api/auth/totp/enrolment/confirm", Map.of("code", wrongCode(secret)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.fieldCode("code")).contains("code-wrong");
        assertThat(browser.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("ENROL");

        String sessionBefore = browser.cookie("HAVEN_SESSION").orElseThrow();
        Response confirmed = browser.postJson("/api/auth/totp/enrolment/confirm", Map.of("code", codeNow(secret)));

        assertThat(confirmed.status()).isEqualTo(200);
        List<String> codes = texts(confirmed.json().path("recoveryCodes"));
        assertThat(codes).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}"));
        assertThat(browser.cookie("HAVEN_SESSION")).isPresent().get().isNotEqualTo(sessionBefore);
        JsonNode me = browser.get("/api/auth/me").json();
        assertThat(me.path("secondFactor").asText()).isEqualTo("DONE");
        assertThat(me.path("secondFactorEnabled").asBoolean()).isTrue();
        assertThat(me.path("secondFactorOptional").asBoolean()).isFalse();
        assertThat(browser.get("/api/families").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from account_recovery_code c join account a on a.id = c.account_id"
                + " where a.email = ?", Integer.class, email)).isEqualTo(10);
        assertThat(jdbc.queryForList("select code_hash from account_recovery_code", String.class))
                .noneMatch(hash -> codes.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
        assertThat(actions(email)).contains("SECOND_FACTOR_ENROLLED");

        Response turnOff = browser.postJson("/api/auth/totp/disable", Map.of("code", codes.get(0)));
        assertThat(turnOff.status()).as("staff keep their second factor while it is required").isEqualTo(409);
    }

    @Test
    void aHalfSignedInSessionReachesNothingButTheSignInSteps() {
        Enrolled enrolled = enrolledCaseworker();
        ApiClient codeDue = new ApiClient(port);
        assertThat(codeDue.login(enrolled.email(), TestAccounts.PASSWORD).status()).isEqualTo(204);
        assertThat(codeDue.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("REQUIRED");
        ApiClient mustEnrol = new ApiClient(port);
        assertThat(mustEnrol.login(testAccounts.create(Role.ADMIN), TestAccounts.PASSWORD).status()).isEqualTo(204);

        List<String> wrong = new ArrayList<>();
        for (String endpoint : ApiEndpoints.of(handlerMapping)) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(method.length() + 1).replace("{}", "00000000-0000-0000-0000-000000000001");
            if (HALF_SIGNED_IN_MAY.contains(endpoint)) {
                continue;
            }
            if (!endpoint.equals("POST /api/auth/totp")) {
                expectRefused(codeDue, method, path, "second-factor-required", wrong);
            }
            if (!endpoint.startsWith("POST /api/auth/totp/enrolment")) {
                expectRefused(mustEnrol, method, path, "second-factor-enrolment-required", wrong);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(codeDue.send("GET", "/actuator/metrics").status()).isIn(403);
        assertThat(codeDue.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("REQUIRED");
    }

    @Test
    void aCodeWorksOnceInItsTimeStepAndAWrongOneIsRefused() {
        Enrolled enrolled = enrolledCaseworker();
        nextStep();
        String code = codeNow(enrolled.secret());

        ApiClient first = halfSignedIn(enrolled.email());
        Response wrong = first.postJson("/api/auth/totp", Map.of("code", wrongCode(enrolled.secret())));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.fieldCode("code")).contains("code-wrong");
        assertThat(first.get("/api/families").status()).isEqualTo(403);

        String sessionBefore = first.cookie("HAVEN_SESSION").orElseThrow();
        assertThat(first.postJson("/api/auth/totp", Map.of("code", code)).status()).isEqualTo(204);
        assertThat(first.cookie("HAVEN_SESSION")).isPresent().get().isNotEqualTo(sessionBefore);
        assertThat(first.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("DONE");
        assertThat(first.get("/api/families").status()).isEqualTo(200);

        ApiClient replay = halfSignedIn(enrolled.email());
        Response replayed = replay.postJson("/api/auth/totp", Map.of("code", code));
        assertThat(replayed.status()).as("the same code again in its step").isEqualTo(400);
        assertThat(replay.get("/api/families").status()).isEqualTo(403);
        Response earlier = replay.postJson("/api/auth/totp",
                Map.of("code", AuthenticatorApp.code(enrolled.secret(), clock.instant().minusSeconds(30))));
        assertThat(earlier.status()).as("a code of a step before the one used").isEqualTo(400);

        nextStep();
        assertThat(replay.postJson("/api/auth/totp", Map.of("code", codeNow(enrolled.secret()))).status())
                .isEqualTo(204);
        assertThat(actions(enrolled.email())).contains("SECOND_FACTOR_SUCCEEDED", "SECOND_FACTOR_FAILED");
    }

    @Test
    void aRecoveryCodeWorksOnceAndItsOwnerIsEmailed() throws Exception {
        Enrolled enrolled = enrolledCaseworker();
        String recoveryCode = enrolled.recoveryCodes().get(3);

        ApiClient browser = halfSignedIn(enrolled.email());
        assertThat(browser.postJson("/api/auth/totp", Map.of("code", " " + recoveryCode.toUpperCase() + " "))
                .status()).isEqualTo(204);
        assertThat(browser.get("/api/families").status()).isEqualTo(200);

        ApiClient again = halfSignedIn(enrolled.email());
        Response reused = again.postJson("/api/auth/totp", Map.of("code", recoveryCode));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.fieldCode("code")).contains("code-wrong");
        assertThat(again.postJson("/api/auth/totp", Map.of("code", enrolled.recoveryCodes().get(4))).status())
                .isEqualTo(204);

        assertThat(actions(enrolled.email())).contains("RECOVERY_CODE_USED");
        assertThat(jdbc.queryForObject("select count(*) from account_recovery_code c join account a on a.id = c.account_id"
                + " where a.email = ?", Integer.class, enrolled.email())).isEqualTo(8);
        MimeMessage mail = awaitMail(enrolled.email(), "Haven: a recovery code was used to sign in");
        assertThat(mail.getContent().toString()).contains("recovery codes").doesNotContain(recoveryCode);
    }

    @Test
    void wrongCodesLockTheAccountEvenAcrossNewSignIns() {
        Enrolled enrolled = enrolledCaseworker();
        ApiClient attacker = halfSignedIn(enrolled.email());
        for (int i = 0; i < 3; i++) {
            assertThat(attacker.postJson("/api/auth/totp", Map.of("code", wrongCode(enrolled.secret()))).status())
                    .isEqualTo(400);
        }
        // A right password again does not wipe out the wrong codes before it.
        ApiClient again = halfSignedIn(enrolled.email());
        assertThat(again.postJson("/api/auth/totp", Map.of("code", wrongCode(enrolled.secret()))).status())
                .isEqualTo(400);
        Response locking = again.postJson("/api/auth/totp", Map.of("code", wrongCode(enrolled.secret())));
        assertThat(locking.status()).isEqualTo(429);
        assertThat(locking.headers().firstValue("Retry-After")).isPresent();

        nextStep();
        Response right = again.postJson("/api/auth/totp", Map.of("code", codeNow(enrolled.secret())));
        assertThat(right.status()).as("no code is checked while locked").isEqualTo(429);
        assertThat(right.json().path("type").asText()).endsWith("too-many-requests");
        assertThat(new ApiClient(port).login(enrolled.email(), TestAccounts.PASSWORD).status()).isEqualTo(401);
        assertThat(actions(enrolled.email())).contains("ACCOUNT_LOCKED");
    }

    @Test
    void anAdminResetsALostSecondFactorWhichEndsSessionsAndMakesStaffEnrolAgain() throws Exception {
        Enrolled admin = enrolled(Role.ADMIN);
        Enrolled caseworker = enrolledCaseworker();
        String id = admin.client().get("/api/admin/accounts?q=" + caseworker.email()).json()
                .path("items").get(0).path("id").asText();
        assertThat(admin.client().get("/api/admin/accounts/" + id).json().path("secondFactorEnabled").asBoolean())
                .isTrue();

        Response reset = admin.client().send("DELETE", "/api/admin/accounts/" + id + "/second-factor");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("secondFactorEnabled").asBoolean()).isFalse();
        assertThat(caseworker.client().get("/api/auth/me").status()).as("the lost phone's session ends").isEqualTo(401);
        assertThat(jdbc.queryForObject("select count(*) from account_recovery_code where account_id = ?",
                Integer.class, UUID.fromString(id))).isZero();
        ApiClient back = new ApiClient(port);
        assertThat(back.login(caseworker.email(), TestAccounts.PASSWORD).status()).isEqualTo(204);
        assertThat(back.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("ENROL");
        Response oldCode = back.postJson("/api/auth/totp", Map.of("code", caseworker.recoveryCodes().get(0)));
        assertThat(oldCode.status()).isEqualTo(403);

        MimeMessage mail = awaitMail(caseworker.email(), "Haven: your two-factor sign-in was reset");
        assertThat(mail.getContent().toString()).contains("https://haven.charity.example");
        assertThat(jdbc.queryForObject("select actor_id from audit_event where action = 'SECOND_FACTOR_RESET'"
                + " and subject_id = ?", UUID.class, UUID.fromString(id)).toString())
                .isEqualTo(admin.client().get("/api/auth/me").json().path("id").asText());

        Response nothingToReset = admin.client().send("DELETE", "/api/admin/accounts/" + id + "/second-factor");
        assertThat(nothingToReset.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SECOND_FACTOR_RESET'"
                + " and subject_id = ?", Integer.class, UUID.fromString(id))).isEqualTo(1);
    }

    @Test
    void aForcedPasswordChangeComesBeforeTheEnrolment() {
        String email = TestAccounts.uniqueEmail("new-admin");
        accountService.createInitial(email, "New admin", TestAccounts.PASSWORD, Role.ADMIN, true);
        ApiClient browser = new ApiClient(port);
        assertThat(browser.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        JsonNode me = browser.get("/api/auth/me").json();
        assertThat(me.path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(me.path("secondFactor").asText()).isEqualTo("ENROL");
        Response enrolFirst = browser.postJson("/api/auth/totp/enrolment", Map.of());
        assertThat(enrolFirst.status()).isEqualTo(403);
        assertThat(enrolFirst.json().path("type").asText()).endsWith("password-change-required");

        assertThat(browser.postJson("/api/auth/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", "the admin's own new pass phrase")).status()).isEqualTo(204);
        Response blocked = browser.get("/api/admin/accounts");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().path("type").asText()).endsWith("second-factor-enrolment-required");
        String secret = browser.postJson("/api/auth/totp/enrolment", Map.of()).json().path("secret").asText();
        assertThat(browser.postJson("/api/auth/totp/enrolment/confirm", Map.of("code", codeNow(secret))).status())
                .isEqualTo(200);
        assertThat(browser.get("/api/admin/accounts").status()).isEqualTo(200);
    }

    @Test
    void hostsSignInWithAPasswordAloneUntilTheyOptIn() {
        String email = testAccounts.create(Role.HOST);
        ApiClient host = new ApiClient(port);
        assertThat(host.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        JsonNode me = host.get("/api/auth/me").json();
        assertThat(me.path("secondFactor").asText()).isEqualTo("DONE");
        assertThat(me.path("secondFactorOptional").asBoolean()).isTrue();
        assertThat(host.get("/api/host/household").status()).isEqualTo(200);
    }

    // ---- helpers ----

    Enrolled enrolledCaseworker() {
        return enrolled(Role.CASEWORKER);
    }

    /** A new account of the role, signed in and enrolled through the API. */
    Enrolled enrolled(Role role) {
        String email = testAccounts.create(role);
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        String secret = client.postJson("/api/auth/totp/enrolment", Map.of()).json().path("secret").asText();
        Response confirmed = client.postJson("/api/auth/totp/enrolment/confirm", Map.of("code", codeNow(secret)));
        assertThat(confirmed.status()).isEqualTo(200);
        return new Enrolled(client, email, secret, texts(confirmed.json().path("recoveryCodes")));
    }

    ApiClient halfSignedIn(String email) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        assertThat(client.get("/api/auth/me").json().path("secondFactor").asText()).isEqualTo("REQUIRED");
        return client;
    }

    /** Moves the clock to the next time step, so the app shows a new code. */
    void nextStep() {
        clock.offset = clock.offset.plusSeconds(30);
    }

    String codeNow(String secret) {
        return AuthenticatorApp.code(secret, clock.instant());
    }

    /** A 6-digit code that none of the three accepted steps gives. */
    String wrongCode(String secret) {
        Set<String> valid = new HashSet<>();
        for (int step = -1; step <= 1; step++) {
            valid.add(AuthenticatorApp.code(secret, clock.instant().plusSeconds(30L * step)));
        }
        for (int candidate = 0;; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }

    private void expectRefused(ApiClient client, String method, String path, String type, List<String> wrong) {
        Response response = method.equals("GET") || method.equals("DELETE") ? client.send(method, path)
                : client.send(method, path, Map.of());
        if (response.status() != 403 || !response.json().path("type").asText().endsWith(type)) {
            wrong.add(method + " " + path + " → " + response.status() + " " + response.body());
        }
    }

    private List<String> actions(String email) {
        return jdbc.queryForList("select e.action from audit_event e join account a on a.id = e.subject_id"
                + " where a.email = ?", String.class, email);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static MimeMessage awaitMail(String email, String subject) throws Exception {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(email)) {
                if (subject.equals(message.getSubject())) {
                    return message;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("No email \"" + subject + "\" to " + email);
    }
}
