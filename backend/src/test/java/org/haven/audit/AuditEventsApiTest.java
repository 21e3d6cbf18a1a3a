package org.haven.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.placement.PlacementFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.RecordedMail;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The audit log as an admin searches it, and proof that nobody changes it through the API. */
@HttpTest
class AuditEventsApiTest {

    private static final String EVENTS = "/api/admin/audit-events";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private ApiClient signedInAs(String email) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, TestAccounts.PASSWORD).status()).isEqualTo(204);
        return client;
    }

    /** An admin creates a caseworker, who signs in; then the admin disables them. Answers the caseworker's id. */
    private String caseworkerStory(ApiClient admin) {
        String email = TestAccounts.uniqueEmail("story");
        Response created = admin.postJson("/api/admin/accounts", Map.of("email", email, "displayName", "Story Worker",
                "role", "CASEWORKER"));
        assertThat(created.status()).isEqualTo(201);
        ApiClient caseworker = new ApiClient(port);
        assertThat(caseworker.postJson("/api/auth/invitation/" + RecordedMail.awaitToken(email, "invitation"),
                Map.of("newPassword", "a password of my own choosing")).status()).isEqualTo(204);
        assertThat(caseworker.login(email, "a password of my own choosing").status()).isEqualTo(204);
        String id = created.json().path("id").asText();
        assertThat(admin.send("PATCH", "/api/admin/accounts/" + id, Map.of("status", "DISABLED")).status())
                .isEqualTo(200);
        return id;
    }

    private static List<String> actions(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        response.json().path("items").forEach(item -> actions.add(item.path("action").asText()));
        return actions;
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        Response anonymous = new ApiClient(port).get(EVENTS);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.problemType()).isEqualTo("unauthenticated");
        assertThat(new ApiClient(port).get(EVENTS + "/actions").status()).isEqualTo(401);
        for (Role role : new Role[] { Role.HOST, Role.CASEWORKER }) {
            ApiClient client = signedInAs(testAccounts.create(role));
            Response refused = client.get(EVENTS);
            assertThat(refused.status()).as(role.name()).isEqualTo(403);
            assertThat(refused.problemType()).isEqualTo("access-denied");
            assertThat(client.get(EVENTS + "/actions").status()).as(role.name()).isEqualTo(403);
        }
        assertThat(signedInAs(testAccounts.create(Role.ADMIN)).get(EVENTS).status()).isEqualTo(200);
    }

    @Test
    void anAdminFindsWhatHappenedToAnAccountNewestFirstWithWhoDidIt() {
        String adminEmail = testAccounts.create(Role.ADMIN);
        ApiClient admin = signedInAs(adminEmail);
        String caseworker = caseworkerStory(admin);

        Response about = admin.get(EVENTS + "?subjectId=" + caseworker);

        assertThat(actions(about)).containsExactly("ACCOUNT_DISABLED", "LOGIN_SUCCEEDED", "INVITATION_ACCEPTED",
                "INVITATION_SENT", "ACCOUNT_CREATED_CASEWORKER");
        JsonNode disabled = about.json().path("items").get(0);
        assertThat(disabled.path("actorEmail").asText()).isEqualTo(adminEmail);
        assertThat(disabled.path("actorId").asText()).isNotBlank();
        assertThat(disabled.path("subjectType").asText()).isEqualTo("ACCOUNT");
        assertThat(disabled.path("subjectId").asText()).isEqualTo(caseworker);
        assertThat(disabled.path("subjectEmail").asText()).startsWith("story-");
        assertThat(disabled.path("details").path("before").path("status").asText()).isEqualTo("ACTIVE");
        assertThat(disabled.path("details").path("after").path("status").asText()).isEqualTo("DISABLED");
        assertThat(disabled.path("at").asText()).endsWith("Z");
        JsonNode login = about.json().path("items").get(1);
        assertThat(login.path("actorId").asText()).isEqualTo(caseworker);
        assertThat(login.path("details").isNull()).as("nothing changed that needs details").isTrue();
        assertThat(about.body()).doesNotContain("an initial long password", "Story Worker");
    }

    @Test
    void eachRecordIsNamedAsAnAdminKnowsItAndNoFamilyNameShows() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        String familyId = PlacementFixtures.readyFamily(caseworker);
        String reference = caseworker.get("/api/families/" + familyId).json().path("reference").asText();
        HostWithOffer host = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        String proposalId = PlacementFixtures.proposeByHand(caseworker, familyId, host.offerId());

        JsonNode family = admin.get(EVENTS + "?subjectId=" + familyId).json().path("items");
        JsonNode offer = admin.get(EVENTS + "?subjectId=" + host.offerId()).json().path("items");
        JsonNode proposal = admin.get(EVENTS + "?subjectId=" + proposalId).json().path("items");

        assertThat(family).isNotEmpty().allSatisfy(event -> {
            assertThat(event.path("subjectType").asText()).isEqualTo("FAMILY");
            assertThat(event.path("subjectName").asText()).isEqualTo(reference);
        });
        assertThat(family.toString()).doesNotContain("Nadia", "Omid");
        assertThat(offer).isNotEmpty().allSatisfy(event ->
                assertThat(event.path("subjectName").asText()).isEqualTo("Double room in a quiet house"));
        assertThat(proposal).singleElement().satisfies(event -> {
            assertThat(event.path("action").asText()).isEqualTo("PROPOSAL_MADE_BY_HAND");
            assertThat(event.path("subjectName").asText()).isEqualTo(reference);
        });
        JsonNode vetting = admin.get(EVENTS + "?subjectId=" + host.hostId()
                + "&action=VETTING_APPLIED_TO_CHECKS_IN_PROGRESS").json().path("items");
        assertThat(vetting).singleElement().satisfies(event -> {
            assertThat(event.path("subjectEmail").asText()).contains("@");
            assertThat(event.path("subjectName").isNull()).as("a host is named by its email").isTrue();
        });
    }

    @Test
    void filtersCombineByActorEmailOrIdActionSubjectAndTime() {
        String adminEmail = testAccounts.create(Role.ADMIN);
        ApiClient admin = signedInAs(adminEmail);
        String caseworker = caseworkerStory(admin);
        String adminId = admin.get("/api/auth/me").json().path("id").asText();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        assertThat(actions(admin.get(EVENTS + "?actor=" + adminEmail.toUpperCase() + "&subjectId=" + caseworker)))
                .containsExactly("ACCOUNT_DISABLED", "INVITATION_SENT", "ACCOUNT_CREATED_CASEWORKER");
        assertThat(actions(admin.get(EVENTS + "?actor=" + adminId + "&subjectId=" + caseworker)))
                .containsExactly("ACCOUNT_DISABLED", "INVITATION_SENT", "ACCOUNT_CREATED_CASEWORKER");
        assertThat(actions(admin.get(EVENTS + "?actor=" + adminId + "&action=account_disabled")))
                .containsExactly("ACCOUNT_DISABLED");
        assertThat(actions(admin.get(EVENTS + "?action=LOGIN_SUCCEEDED&subjectId=" + caseworker)))
                .containsExactly("LOGIN_SUCCEEDED");
        assertThat(actions(admin.get(EVENTS + "?subjectId=" + caseworker + "&from=" + today + "&to=" + today)))
                .hasSize(5);
        assertThat(actions(admin.get(EVENTS + "?subjectId=" + caseworker + "&from=" + tomorrow))).isEmpty();
        assertThat(actions(admin.get(EVENTS + "?subjectId=" + caseworker + "&to=" + yesterday))).isEmpty();
        assertThat(actions(admin.get(EVENTS + "?subjectId=" + caseworker + "&from=" + today + "T00:00:00Z&to="
                + tomorrow + "T00:00:00%2B00:00"))).hasSize(5);
        assertThat(actions(admin.get(EVENTS + "?actor=nobody-at-all@haven.test"))).isEmpty();
        assertThat(actions(admin.get(EVENTS + "?subjectId=" + UUID.randomUUID()))).isEmpty();
        assertThat(admin.get(EVENTS + "/actions").json()).extracting(JsonNode::asText)
                .contains("ACCOUNT_CREATED_CASEWORKER", "ACCOUNT_DISABLED", "LOGIN_SUCCEEDED")
                .isSorted();
    }

    @Test
    void pagesDoNotOverlapAndCountEverything() {
        ApiClient admin = signedInAs(testAccounts.create(Role.ADMIN));
        String caseworker = caseworkerStory(admin);

        JsonNode first = admin.get(EVENTS + "?subjectId=" + caseworker + "&size=3&page=0").json();
        JsonNode second = admin.get(EVENTS + "?subjectId=" + caseworker + "&size=3&page=1").json();

        assertThat(first.path("totalItems").asInt()).isEqualTo(5);
        assertThat(first.path("totalPages").asInt()).isEqualTo(2);
        assertThat(first.path("items")).hasSize(3);
        assertThat(second.path("items")).hasSize(2);
        assertThat(second.path("items").get(1).path("action").asText()).isEqualTo("ACCOUNT_CREATED_CASEWORKER");
    }

    @Test
    void badFiltersAreExplainedFieldByField() {
        ApiClient admin = signedInAs(testAccounts.create(Role.ADMIN));

        Response badDate = admin.get(EVENTS + "?from=2025-13-45");
        Response badTime = admin.get(EVENTS + "?to=yesterday");
        Response backwards = admin.get(EVENTS + "?from=2025-03-02&to=2025-03-01");
        Response badSubject = admin.get(EVENTS + "?subjectId=not-an-id");
        Response hugePage = admin.get(EVENTS + "?size=1000");
        Response negativePage = admin.get(EVENTS + "?page=-1");
        Response longActor = admin.get(EVENTS + "?actor=" + "a".repeat(300));

        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.problemType()).isEqualTo("validation-failed");
        assertThat(badDate.fieldCode("from")).contains("invalid-format");
        assertThat(badTime.fieldCode("to")).contains("invalid-format");
        assertThat(backwards.fieldCode("to")).contains("date-before-start");
        assertThat(badSubject.fieldCode("subjectId")).contains("invalid-value");
        assertThat(hugePage.fieldCode("size")).contains("out-of-range");
        assertThat(negativePage.fieldCode("page")).contains("out-of-range");
        assertThat(longActor.fieldCode("actor")).contains("invalid-length");
        for (Response response : List.of(badDate, badTime, backwards, badSubject, hugePage, negativePage, longActor)) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void noEndpointChangesOrDeletesAnAuditEvent() {
        ApiClient admin = signedInAs(testAccounts.create(Role.ADMIN));
        String caseworker = caseworkerStory(admin);
        JsonNode before = admin.get(EVENTS + "?subjectId=" + caseworker).json().path("items");
        String eventId = before.get(0).path("id").asText();
        Map<String, Object> tampered = Map.of("action", "NOTHING_HAPPENED", "actorId", UUID.randomUUID().toString());

        List<Response> attempts = new ArrayList<>();
        for (String path : List.of(EVENTS, EVENTS + "/" + eventId)) {
            attempts.add(admin.send("PUT", path, tampered));
            attempts.add(admin.send("PATCH", path, tampered));
            attempts.add(admin.send("DELETE", path));
            attempts.add(admin.send("POST", path, tampered));
        }
        attempts.add(admin.send("DELETE", EVENTS + "?subjectId=" + caseworker));

        for (Response attempt : attempts) {
            assertThat(attempt.status()).as(attempt.body()).isIn(404, 405);
            assertThat(attempt.contentType()).startsWith("application/problem+json");
        }
        assertThat(admin.get(EVENTS + "?subjectId=" + caseworker).json().path("items")).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ?", Integer.class,
                UUID.fromString(caseworker))).isEqualTo(5);
    }
}
