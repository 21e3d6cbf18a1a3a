package org.haven.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.MovableClock;
import org.haven.testing.TestAccounts;
import org.haven.testing.TestSmtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Sign-up with email verification, forgotten passwords and invitations, through real HTTP and
 * a real SMTP server (GreenMail on a free port): what each email says and links to, and every
 * rule of the links (single use, expiry with a moved clock, newest only, the per-account limit),
 * the same answers for unknown emails, sessions ended, audit entries. Subclasses choose the
 * database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "haven.public-url=https://haven.charity.example/",
        "haven.mail.from=haven@charity.example"
})
@Import({TestAccounts.class, MovableClock.Configuration.class})
abstract class AccountLinksApiTestBase {

    private static final Pattern LINK = Pattern.compile("https://haven\\.charity\\.example/([a-z-]+)/([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "a brand new pass phrase";

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
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void resetClock() {
        clock.offset = Duration.ZERO;
    }

    // ---- forgotten password ----

    @Test
    void aForgottenPasswordIsResetThroughTheEmailedLinkWhichEndsEverySession() throws Exception {
        String email = testAccounts.create(Role.HOST);
        ApiClient signedInElsewhere = new ApiClient(port);
        assertThat(signedInElsewhere.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        ApiClient browser = new ApiClient(port);

        Response asked = browser.postJson("/api/auth/password-reset", Map.of("email", email.toUpperCase()));

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.json().path("status").asText()).isEqualTo("CHECK_EMAIL");
        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Haven: choose a new password");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("haven@charity.example");
        String token = linkIn(mail, "reset-password");
        assertThat(count("select count(*) from account_token where token_hash = ?", token)).isZero();

        Response reset = browser.postJson("/api/auth/password-reset/" + token, Map.of("newPassword", NEW_PASSWORD));

        assertThat(reset.status()).isEqualTo(204);
        assertThat(signedInElsewhere.get("/api/auth/me").status()).as("the other session ended").isEqualTo(401);
        assertThat(new ApiClient(port).login(email, TestAccounts.PASSWORD).status()).isEqualTo(401);
        assertThat(new ApiClient(port).login(email, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(actionsAbout(email)).contains("PASSWORD_RESET_REQUESTED", "PASSWORD_RESET");
    }

    @Test
    void aResetLinkWorksOnce() throws Exception {
        String email = testAccounts.create(Role.CASEWORKER);
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email));
        String token = linkIn(awaitMail(email), "reset-password");
        ApiClient browser = new ApiClient(port);
        assertThat(browser.postJson("/api/auth/password-reset/" + token, Map.of("newPassword", NEW_PASSWORD)).status())
                .isEqualTo(204);

        Response again = browser.postJson("/api/auth/password-reset/" + token,
                Map.of("newPassword", "yet another pass phrase"));

        assertThat(again.status()).isEqualTo(410);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.problemType()).isEqualTo("link-expired");
        assertThat(new ApiClient(port).login(email, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void aResetLinkExpiresAfterThirtyMinutes() throws Exception {
        String fresh = testAccounts.create(Role.HOST);
        String stale = testAccounts.create(Role.HOST);
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", fresh));
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", stale));
        String freshToken = linkIn(awaitMail(fresh), "reset-password");
        String staleToken = linkIn(awaitMail(stale), "reset-password");

        clock.offset = Duration.ofMinutes(29).plusSeconds(50);
        Response inTime = new ApiClient(port).postJson("/api/auth/password-reset/" + freshToken,
                Map.of("newPassword", NEW_PASSWORD));
        clock.offset = Duration.ofMinutes(30).plusSeconds(1);
        Response late = new ApiClient(port).postJson("/api/auth/password-reset/" + staleToken,
                Map.of("newPassword", NEW_PASSWORD));

        assertThat(inTime.status()).isEqualTo(204);
        assertThat(late.status()).isEqualTo(410);
        assertThat(new ApiClient(port).login(stale, TestAccounts.PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void onlyTheNewestResetLinkWorks() throws Exception {
        String email = testAccounts.create(Role.HOST);
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email));
        String older = linkIn(awaitMail(email), "reset-password");
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email));
        List<MimeMessage> both = awaitMails(email, 2);
        String newer = linkIn(both.get(1), "reset-password");

        assertThat(new ApiClient(port).postJson("/api/auth/password-reset/" + older,
                Map.of("newPassword", NEW_PASSWORD)).status()).isEqualTo(410);
        assertThat(new ApiClient(port).postJson("/api/auth/password-reset/" + newer,
                Map.of("newPassword", NEW_PASSWORD)).status()).isEqualTo(204);
    }

    @Test
    void theNewPasswordFollowsThePasswordPolicyAndARefusalKeepsTheLink() throws Exception {
        String email = testAccounts.create(Role.HOST);
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email));
        String token = linkIn(awaitMail(email), "reset-password");

        Response tooShort = new ApiClient(port).postJson("/api/auth/password-reset/" + token,
                Map.of("newPassword", "short"));
        Response common = new ApiClient(port).postJson("/api/auth/password-reset/" + token,
                Map.of("newPassword", "QWERTY123456"));

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.fieldCode("newPassword")).contains("password-too-short");
        assertThat(common.fieldCode("newPassword")).contains("password-common");
        assertThat(new ApiClient(port).postJson("/api/auth/password-reset/" + token,
                Map.of("newPassword", NEW_PASSWORD)).status()).isEqualTo(204);
    }

    @Test
    void unknownAndMalformedTokensAreNotFound() {
        ApiClient browser = new ApiClient(port);
        String neverIssued = "A".repeat(43);

        for (String path : List.of("/api/auth/password-reset/", "/api/auth/invitation/")) {
            assertThat(browser.postJson(path + neverIssued, Map.of("newPassword", NEW_PASSWORD)).status()).isEqualTo(404);
            assertThat(browser.postJson(path + "short", Map.of("newPassword", NEW_PASSWORD)).status()).isEqualTo(404);
        }
        assertThat(browser.postJson("/api/auth/verify-email/" + neverIssued, Map.of()).status()).isEqualTo(404);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerInAboutTheSameTimeAndNoEmail() throws Exception {
        String known = testAccounts.create(Role.HOST);
        String unknown = TestAccounts.uniqueEmail("nobody");
        ApiClient browser = new ApiClient(port);
        browser.get("/api/auth/csrf");
        List<Long> knownTimes = new ArrayList<>();
        List<Long> unknownTimes = new ArrayList<>();
        Response knownAnswer = null;
        Response unknownAnswer = null;
        for (int i = 0; i < 25; i++) {
            long start = System.nanoTime();
            knownAnswer = browser.postJson("/api/auth/password-reset", Map.of("email", known));
            knownTimes.add(System.nanoTime() - start);
            start = System.nanoTime();
            unknownAnswer = browser.postJson("/api/auth/password-reset", Map.of("email", unknown));
            unknownTimes.add(System.nanoTime() - start);
        }

        assertThat(unknownAnswer.status()).isEqualTo(knownAnswer.status()).isEqualTo(202);
        assertThat(unknownAnswer.body()).isEqualTo(knownAnswer.body());
        assertThat(Math.abs(median(knownTimes) - median(unknownTimes)))
                .as("median answer times differ by under 25 ms").isLessThan(Duration.ofMillis(25).toNanos());
        assertThat(awaitMails(known, AccountLinks.PER_HOUR)).hasSize(AccountLinks.PER_HOUR);
        assertThat(mailsTo(unknown)).isEmpty();
    }

    @Test
    void noMoreThanThreeResetEmailsGoToAnAccountPerHour() throws Exception {
        String email = testAccounts.create(Role.HOST);
        for (int i = 0; i < 6; i++) {
            assertThat(new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email)).status())
                    .isEqualTo(202);
        }
        awaitMails(email, 3);
        Thread.sleep(500);
        assertThat(mailsTo(email)).hasSize(3);

        clock.offset = Duration.ofMinutes(61);
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email));
        assertThat(awaitMails(email, 4)).hasSize(4);
    }

    @Test
    void aDisabledAccountGetsNoResetLink() throws Exception {
        String email = testAccounts.create(Role.CASEWORKER);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String id = admin.get("/api/admin/accounts?q=" + email).json().path("items").get(0).path("id").asText();
        admin.send("PATCH", "/api/admin/accounts/" + id, Map.of("status", "DISABLED"));

        assertThat(new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email)).status())
                .isEqualTo(202);
        Thread.sleep(1000);
        assertThat(mailsTo(email)).isEmpty();
    }

    // ---- sign-up with email verification ----

    @Test
    void aHostSignsUpFollowsTheVerificationLinkAndSignsIn() throws Exception {
        String email = TestAccounts.uniqueEmail("new-host");
        ApiClient browser = new ApiClient(port);

        Response signedUp = browser.postJson("/api/auth/register", registration(email, "a long pass phrase for me"));

        assertThat(signedUp.status()).isEqualTo(202);
        assertThat(signedUp.json().path("status").asText()).isEqualTo("CHECK_EMAIL");
        assertThat(browser.login(email, "a long pass phrase for me").status()).as("not verified yet").isEqualTo(401);
        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Haven: confirm your email address");
        String token = linkIn(mail, "verify-email");

        assertThat(browser.postJson("/api/auth/verify-email/" + token, Map.of()).status()).isEqualTo(204);

        assertThat(browser.login(email, "a long pass phrase for me").status()).isEqualTo(204);
        assertThat(browser.get("/api/auth/me").json().path("role").asText()).isEqualTo("HOST");
        assertThat(browser.postJson("/api/auth/verify-email/" + token, Map.of()).status()).isEqualTo(410);
        assertThat(actionsAbout(email)).contains("ACCOUNT_REGISTERED", "EMAIL_VERIFIED");
    }

    @Test
    void aVerificationLinkExpiresAfterSevenDays() throws Exception {
        String email = TestAccounts.uniqueEmail("slow-host");
        new ApiClient(port).postJson("/api/auth/register", registration(email, "a long pass phrase for me"));
        String token = linkIn(awaitMail(email), "verify-email");

        clock.offset = Duration.ofDays(7).plusMinutes(1);

        assertThat(new ApiClient(port).postJson("/api/auth/verify-email/" + token, Map.of()).status()).isEqualTo(410);
        assertThat(new ApiClient(port).login(email, "a long pass phrase for me").status()).isEqualTo(401);
    }

    @Test
    void signingUpWithATakenEmailAnswersTheSameAndWarnsTheOwner() throws Exception {
        String owner = testAccounts.create(Role.CASEWORKER);
        String fresh = TestAccounts.uniqueEmail("fresh");
        ApiClient attacker = new ApiClient(port);

        Response taken = attacker.postJson("/api/auth/register", registration(owner.toUpperCase(), "the attacker password"));
        Response free = attacker.postJson("/api/auth/register", registration(fresh, "a fresh long password"));

        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(202);
        assertThat(taken.body()).isEqualTo(free.body());
        MimeMessage warning = awaitMail(owner);
        assertThat(warning.getSubject()).isEqualTo("Haven: someone tried to sign up with your email address");
        assertThat(body(warning)).contains("https://haven.charity.example/forgot-password");
        assertThat(LINK.matcher(body(warning)).find()).as("no usable link in the warning").isFalse();
        assertThat(new ApiClient(port).login(owner, TestAccounts.PASSWORD).status()).isEqualTo(204);
        assertThat(new ApiClient(port).login(owner, "the attacker password").status()).isEqualTo(401);
        assertThat(actionsAbout(owner)).contains("SIGN_UP_WITH_EXISTING_EMAIL");
    }

    @Test
    void signingUpAgainBeforeVerifyingSendsANewLinkAndOnlyItsPasswordCounts() throws Exception {
        String email = TestAccounts.uniqueEmail("twice");
        new ApiClient(port).postJson("/api/auth/register", registration(email, "the first long password"));
        String first = linkIn(awaitMail(email), "verify-email");
        new ApiClient(port).postJson("/api/auth/register", registration(email, "the second long password"));
        String second = linkIn(awaitMails(email, 2).get(1), "verify-email");

        assertThat(new ApiClient(port).postJson("/api/auth/verify-email/" + first, Map.of()).status()).isEqualTo(410);
        assertThat(new ApiClient(port).postJson("/api/auth/verify-email/" + second, Map.of()).status()).isEqualTo(204);
        assertThat(new ApiClient(port).login(email, "the first long password").status()).isEqualTo(401);
        assertThat(new ApiClient(port).login(email, "the second long password").status()).isEqualTo(204);
    }

    @Test
    void emailsAreWrittenInTheLanguageOfThePersonsBrowser() throws Exception {
        String email = TestAccounts.uniqueEmail("ukrainian-host");
        Map<String, String> headers = Map.of("Content-Type", "application/json", "Accept-Language", "uk");
        ApiClient browser = new ApiClient(port);
        browser.get("/api/auth/csrf");

        browser.sendRaw("POST", "/api/auth/register", headers,
                "{\"email\":\"" + email + "\",\"password\":\"a long pass phrase for me\",\"displayName\":\"Оксана\"}");

        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Haven: підтвердьте свою електронну адресу");
        assertThat(body(mail)).contains("Вітаємо, Оксана!");
        assertThat(mail.getHeader("Content-Language")).containsExactly("uk");
    }

    // ---- invitations ----

    @Test
    void anAdminInvitesACaseworkerWhoChoosesTheirPasswordAndSignsIn() throws Exception {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = TestAccounts.uniqueEmail("invited");

        Response created = admin.postJson("/api/admin/accounts",
                Map.of("email", email, "displayName", "Ivy Invited", "role", "CASEWORKER"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("invitationPending").asBoolean()).isTrue();
        assertThat(created.json().path("passwordChangeRequired").asBoolean()).isFalse();
        MimeMessage mail = awaitMail(email);
        assertThat(mail.getSubject()).isEqualTo("Haven: you are invited to Haven");
        String token = linkIn(mail, "invitation");
        ApiClient invited = new ApiClient(port);

        assertThat(invited.postJson("/api/auth/invitation/" + token, Map.of("newPassword", NEW_PASSWORD)).status())
                .isEqualTo(204);

        assertThat(invited.login(email, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(invited.get("/api/auth/me").json().path("role").asText()).isEqualTo("CASEWORKER");
        assertThat(invited.get("/api/families").status()).as("no forced password change").isEqualTo(200);
        assertThat(invited.postJson("/api/auth/invitation/" + token, Map.of("newPassword", NEW_PASSWORD)).status())
                .isEqualTo(410);
        String id = created.json().path("id").asText();
        assertThat(admin.postJson("/api/admin/accounts/" + id + "/invitation", Map.of()).status())
                .as("nothing to re-send once the password is chosen").isEqualTo(409);
        assertThat(actionsAbout(email)).contains("ACCOUNT_CREATED_CASEWORKER", "INVITATION_SENT", "INVITATION_ACCEPTED");
    }

    @Test
    void anAdminCannotTypeAPassword() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = TestAccounts.uniqueEmail("typed");

        Response typed = admin.postJson("/api/admin/accounts", Map.of("email", email, "displayName", "T",
                "role", "CASEWORKER", "password", "an admin typed password"));

        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.fieldCode("password")).contains("unknown-field");
        assertThat(admin.get("/api/admin/accounts?q=" + email).json().path("totalItems").asLong()).isZero();
    }

    @Test
    void reSendingAnInvitationEndsTheOldLink() throws Exception {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = TestAccounts.uniqueEmail("resend");
        String id = admin.postJson("/api/admin/accounts", Map.of("email", email, "displayName", "Rae", "role", "ADMIN"))
                .json().path("id").asText();
        String old = linkIn(awaitMail(email), "invitation");

        Response resent = admin.postJson("/api/admin/accounts/" + id + "/invitation", Map.of());

        assertThat(resent.status()).isEqualTo(200);
        String fresh = linkIn(awaitMails(email, 2).get(1), "invitation");
        assertThat(new ApiClient(port).postJson("/api/auth/invitation/" + old, Map.of("newPassword", NEW_PASSWORD))
                .status()).isEqualTo(410);
        assertThat(new ApiClient(port).postJson("/api/auth/invitation/" + fresh, Map.of("newPassword", NEW_PASSWORD))
                .status()).isEqualTo(204);
        assertThat(new ApiClient(port).login(email, NEW_PASSWORD).status()).isEqualTo(204);
        assertThat(actionsAbout(email).stream().filter("INVITATION_SENT"::equals)).hasSize(2);
    }

    @Test
    void anInvitationExpiresAfterSevenDays() throws Exception {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String email = TestAccounts.uniqueEmail("late");
        admin.postJson("/api/admin/accounts", Map.of("email", email, "displayName", "Lee", "role", "CASEWORKER"));
        String token = linkIn(awaitMail(email), "invitation");

        clock.offset = Duration.ofDays(7).plusSeconds(1);

        assertThat(new ApiClient(port).postJson("/api/auth/invitation/" + token, Map.of("newPassword", NEW_PASSWORD))
                .status()).isEqualTo(410);
    }

    @Test
    void aResetLinkIsNoInvitationAndAnInvitationNoResetLink() throws Exception {
        String email = testAccounts.create(Role.HOST);
        new ApiClient(port).postJson("/api/auth/password-reset", Map.of("email", email));
        String token = linkIn(awaitMail(email), "reset-password");

        assertThat(new ApiClient(port).postJson("/api/auth/invitation/" + token, Map.of("newPassword", NEW_PASSWORD))
                .status()).isEqualTo(404);
        assertThat(new ApiClient(port).postJson("/api/auth/verify-email/" + token, Map.of()).status()).isEqualTo(404);
    }

    // ---- helpers ----

    private static Map<String, Object> registration(String email, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("displayName", "Sam Host");
        return body;
    }

    private List<String> actionsAbout(String email) {
        return jdbc.queryForList("select e.action from audit_event e join account a on a.id = e.subject_id"
                + " where a.email = ? order by e.occurred_at", String.class, email.toLowerCase());
    }

    private long count(String sql, String token) {
        return jdbc.queryForObject(sql, Long.class, token);
    }

    private static long median(List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return message.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
    }

    static List<MimeMessage> awaitMails(String email, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            List<MimeMessage> found = mailsTo(email);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("fewer than " + count + " emails reached " + email);
    }

    static MimeMessage awaitMail(String email) throws InterruptedException {
        return awaitMails(email, 1).get(0);
    }

    static String body(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    /** The token of the message's link of this kind (the last path segment). */
    static String linkIn(MimeMessage message, String kind) throws Exception {
        Matcher link = LINK.matcher(body(message));
        assertThat(link.find()).as("a link in " + body(message)).isTrue();
        assertThat(link.group(1)).isEqualTo(kind);
        return link.group(2);
    }
}
