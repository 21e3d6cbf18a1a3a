package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.family.FamilyApiFixtures.family;
import static org.haven.family.FamilyApiFixtures.member;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@HttpTest
class IntakeApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient caseworker;

    @BeforeEach
    void signIn() {
        caseworker = new ApiClient(port);
        caseworker.login(testAccounts.create(Role.CASEWORKER), TestAccounts.PASSWORD);
    }

    /** A case opened with only the lead's name, and the path of its intake form. */
    private String[] caseWithLink() {
        Map<String, Object> opened = family();
        opened.put("members", List.of(member("Nadia", null, null, "LEAD")));
        opened.put("neededFrom", null);
        opened.put("expectedStayMonths", null);
        String id = caseworker.postJson("/api/families", opened).json().path("id").asText();
        Response link = caseworker.postJson("/api/families/" + id + "/intake-link", Map.of());
        assertThat(link.status()).isEqualTo(201);
        String url = link.json().path("url").asText();
        return new String[] { id, "/api/intake/" + url.substring(url.lastIndexOf('/') + 1) };
    }

    private static Map<String, Object> answers() {
        Map<String, Object> answers = new HashMap<>();
        answers.put("members", List.of(member("Nadia", 34, "F", "LEAD"), member("Sara", 8, "F", "CHILD")));
        answers.put("languages", List.of("fa"));
        answers.put("needsStepFree", false);
        answers.put("hasPets", false);
        answers.put("preferredPlace", "Leeds");
        answers.put("neededFrom", LocalDate.now().plusDays(3).toString());
        answers.put("expectedStayMonths", 6);
        answers.put("contactPhone", "+44 7700 900456");
        return answers;
    }

    @Test
    void aDateOfYear999999999IsRefusedWithAFieldErrorAndChangesNothing() {
        String[] link = caseWithLink();
        ApiClient family = new ApiClient(port);
        for (String date : List.of("+999999999-12-31", "1899-12-31", "2101-01-01")) {
            Map<String, Object> answers = answers();
            answers.put("neededFrom", date);
            Response refused = family.send("PUT", link[1], answers);
            assertThat(refused.status()).as(date).isEqualTo(400);
            assertThat(refused.json().path("errors").get(0).path("field").asText()).isEqualTo("neededFrom");
            assertThat(refused.json().path("errors").get(0).path("code").asText()).isEqualTo("date-out-of-range");
        }
        assertThat(family.get(link[1]).json().path("neededFrom").isNull()).isTrue();
    }

    @Test
    void aFamilyFillsInItsFormSavesReturnsAndSubmitsOnce() {
        String[] link = caseWithLink();
        ApiClient family = new ApiClient(port);
        assertThat(caseworker.get("/api/families/" + link[0]).json().path("status").asText()).isEqualTo("INTAKE_PENDING");

        JsonNode form = family.get(link[1]).json();
        assertThat(form.path("members").get(0).path("firstName").asText()).isEqualTo("Nadia");
        assertThat(form.has("notes")).as("caseworker notes never reach the family").isFalse();
        assertThat(form.has("nationality")).isFalse();
        assertThat(family.send("PUT", link[1], answers()).status()).isEqualTo(200);
        assertThat(new ApiClient(port).get(link[1]).json().path("members")).hasSize(2);

        assertThat(family.postJson(link[1] + "/submit", Map.of()).status()).isEqualTo(204);

        JsonNode submitted = caseworker.get("/api/families/" + link[0]).json();
        assertThat(submitted.path("status").asText()).isEqualTo("TRIAGE");
        assertThat(submitted.path("adultsAllWomen").asBoolean()).isTrue();
        assertThat(submitted.path("locationLabel").asText()).isEqualTo("Leeds");
        assertThat(submitted.path("notes").asText()).as("the caseworker's notes are kept").contains("CANARY-NOTE");
        JsonNode inbox = caseworker.get("/api/notifications").json();
        assertThat(inbox.path("unreadCount").asLong()).isEqualTo(1);
        JsonNode notice = inbox.path("items").get(0);
        assertThat(notice.path("kind").asText()).isEqualTo("FAMILY_INTAKE_SUBMITTED");
        assertThat(notice.path("subjectId").asText()).isEqualTo(link[0]);
        assertThat(notice.path("subjectReference").asText()).isEqualTo(submitted.path("reference").asText());
        assertThat(notice.toString()).doesNotContain("Nadia", "Sara");
        ApiClient someoneElse = testAccounts.signedIn(Role.CASEWORKER);
        String noticeId = notice.path("id").asText();
        assertThat(someoneElse.postJson("/api/notifications/" + noticeId + "/read", Map.of()).status()).isEqualTo(404);
        assertThat(caseworker.postJson("/api/notifications/" + noticeId + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(caseworker.get("/api/notifications").json().path("unreadCount").asLong()).isZero();

        Response again = family.get(link[1]);
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.problemType()).isEqualTo("intake-link-used");
        assertThat(family.send("PUT", link[1], answers()).status()).isEqualTo(410);
    }

    @Test
    void anIncompleteFormCannotBeSubmitted() {
        String[] link = caseWithLink();

        Response refused = new ApiClient(port).postJson(link[1] + "/submit", Map.of());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldCode("members[0].age")).contains("required");
        assertThat(refused.fieldCode("neededFrom")).contains("required");
        assertThat(caseworker.get("/api/families/" + link[0]).json().path("status").asText()).isEqualTo("INTAKE_PENDING");
    }

    @Test
    void anExpiredOrReplacedOrUnknownLinkGetsAClearAnswer() {
        String[] expiring = caseWithLink();
        jdbc.update("update intake_link set expires_at = ? where family_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), UUID.fromString(expiring[0]));
        String[] replaced = caseWithLink();
        caseworker.postJson("/api/families/" + replaced[0] + "/intake-link", Map.of());

        Response expired = new ApiClient(port).get(expiring[1]);
        Response old = new ApiClient(port).get(replaced[1]);
        Response unknown = new ApiClient(port).get("/api/intake/" + "A".repeat(43));
        Response malformed = new ApiClient(port).get("/api/intake/not-a-token");

        assertThat(expired.status()).isEqualTo(410);
        assertThat(expired.problemType()).isEqualTo("intake-link-expired");
        assertThat(old.problemType()).isEqualTo("intake-link-used");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void theTokenIsStoredOnlyAsAHash() {
        String[] link = caseWithLink();
        String token = link[1].substring(link[1].lastIndexOf('/') + 1);

        List<String> stored = jdbc.queryForList("select token_hash from intake_link where family_id = ?", String.class,
                UUID.fromString(link[0]));

        assertThat(stored).hasSize(1).allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(token));
    }
}
