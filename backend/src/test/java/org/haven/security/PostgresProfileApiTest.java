package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.family.ConcurrentCaseEdits;
import org.haven.placement.PlacementFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.RecordedMail;
import org.haven.testing.PostgresHttpTest;
import org.haven.testing.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.haven.testing.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The {@code postgres} profile as production runs it: connection from HAVEN_DB_* variables,
 * Flyway migrating an empty PostgreSQL database, and a user journey through HTTP.
 */
@PostgresHttpTest
class PostgresProfileApiTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    @Test
    void aHostSignsUpAndTheAdminSeesTheAccountOnPostgres() {
        ApiClient host = new ApiClient(port);
        TestAccounts.signUpHost(host, "pg-host@haven.test", "a postgres host pass phrase", "Pat Host");
        assertThat(host.login("pg-host@haven.test", "a postgres host pass phrase").status()).isEqualTo(204);
        assertThat(host.get("/api/auth/me").json().path("role").asText()).isEqualTo("HOST");

        ApiClient admin = new ApiClient(port);
        assertThat(admin.login("pg-admin@haven.test", "postgres admin pass phrase").status()).isEqualTo(204);
        assertThat(admin.get("/api/admin/accounts?role=HOST&q=pg-host").json().path("items").get(0)
                .path("lastLoginAt").isNull()).isFalse();
    }

    @Test
    void theAuditLogNamesEachRecordByItsReferenceOrTitleOnPostgres() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String familyId = PlacementFixtures.readyFamily(caseworker);
        String reference = caseworker.get("/api/families/" + familyId).json().path("reference").asText();
        HostWithOffer host = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        String proposalId = PlacementFixtures.proposeByHand(caseworker, familyId, host.offerId());
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);

        for (String subject : List.of(familyId, proposalId)) {
            JsonNode events = admin.get("/api/admin/audit-events?subjectId=" + subject).json().path("items");
            assertThat(events).isNotEmpty()
                    .allSatisfy(event -> assertThat(event.path("subjectName").asText()).isEqualTo(reference));
        }
        assertThat(admin.get("/api/admin/audit-events?subjectId=" + host.offerId()).json().path("items"))
                .isNotEmpty().allSatisfy(event ->
                        assertThat(event.path("subjectName").asText()).isEqualTo("Double room in a quiet house"));
    }

    @Test
    void membersNamesAreEncryptedAtRestAndStillFoundByNameOnPostgres() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        org.haven.family.MemberNamesAtRest.check(caseworker, jdbc);
    }

    @Test
    void hostsOffersAndFamilyCasesRoundTripOnPostgres() {
        ApiClient host = new ApiClient(port);
        TestAccounts.signUpHost(host, "pg-offer-host@haven.test", "a postgres host pass phrase", "Olu Host");
        host.login("pg-offer-host@haven.test", "a postgres host pass phrase");
        assertThat(host.send("PUT", "/api/host/household", org.haven.host.HostApiFixtures.household()).status())
                .isEqualTo(200);
        var offer = host.postJson("/api/host/offers", org.haven.host.HostApiFixtures.offer("SE15 4AA"));
        assertThat(offer.status()).isEqualTo(201);
        assertThat(offer.json().path("locationPrecision").asText()).isEqualTo("DISTRICT");

        ApiClient admin = new ApiClient(port);
        admin.login("pg-admin@haven.test", "postgres admin pass phrase");
        admin.postJson("/api/admin/accounts", Map.of("email", "pg-caseworker@haven.test", "displayName", "Pat Worker",
                "role", "CASEWORKER"));
        ApiClient caseworker = new ApiClient(port);
        caseworker.postJson("/api/auth/invitation/" + RecordedMail.awaitToken("pg-caseworker@haven.test", "invitation"),
                Map.of("newPassword", "the caseworker's own phrase"));
        caseworker.login("pg-caseworker@haven.test", "the caseworker's own phrase");

        var created = caseworker.postJson("/api/families", org.haven.family.FamilyApiFixtures.family());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var read = caseworker.get("/api/families/" + created.json().path("id").asText()).json();
        assertThat(read.path("notes").asText()).contains("CANARY-NOTE");
        assertThat(read.path("members")).hasSize(4);
        assertThat(read.path("needsLgbtqiAffirming").asBoolean()).isTrue();
        assertThat(caseworker.get("/api/hosts?q=Olu").json().path("items").get(0).path("offerCount").asInt()).isEqualTo(1);
    }

    /** quality.md: 20 concurrent approvals for one offer, 50 times, on PostgreSQL. */
    @Test
    void whenTwentyCaseworkersApproveProposalsForOneOfferAtOnceExactlyOneWinsFiftyTimesOnPostgres() throws Exception {
        ApiClient lead = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = PlacementFixtures.approvedHostWithOffer(port, lead, Map.of());
        List<ApiClient> caseworkers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            caseworkers.add(testAccounts.signedIn(Role.CASEWORKER));
        }

        List<List<Integer>> rounds = PlacementFixtures.raceRounds(lead, host, caseworkers, 50);

        for (List<Integer> statuses : rounds) {
            assertThat(Collections.frequency(statuses, 201)).as(statuses.toString()).isEqualTo(1);
            assertThat(Collections.frequency(statuses, 409)).as(statuses.toString()).isEqualTo(19);
        }
        JsonNode placements = lead.get("/api/placements?status=AWAITING_HOST").json();
        long forThisHost = placements.findValues("hostId").stream()
                .filter(id -> id.asText().equals(host.hostId())).count();
        assertThat(forThisHost).isEqualTo(50);
        assertThat(placements.findValues("offerId").stream().map(JsonNode::asText).distinct().count())
                .as("no offer twice").isEqualTo(placements.size());
        System.out.printf("Approval race on PostgreSQL: 50 rounds x 20 approvals, %d placements, 0 double bookings%n",
                forThisHost);
    }

    /** quality.md: concurrent edits of one case on PostgreSQL; one save wins, the others get 409. */
    @Test
    void whenTenCaseworkersSaveOneCaseAtOnceOneWinsAndTheOthersAreToldOnPostgres() throws Exception {
        ApiClient reader = testAccounts.signedIn(Role.CASEWORKER);
        var created = reader.postJson("/api/families", org.haven.family.FamilyApiFixtures.family());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        List<ApiClient> caseworkers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            caseworkers.add(testAccounts.signedIn(Role.CASEWORKER));
        }

        List<ConcurrentCaseEdits.Round> rounds = ConcurrentCaseEdits.saveAtOnce(reader, caseworkers, id, 50);

        ConcurrentCaseEdits.assertOneWinnerAndNothingOverwritten(rounds, 10);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'FAMILY_UPDATED' and subject_id = ?",
                Integer.class, java.util.UUID.fromString(id))).as("only the winning saves are in the audit log").isEqualTo(50);
        System.out.printf("Concurrent case edits on PostgreSQL: 50 rounds x 10 saves from one version, 50 saved, 450 "
                + "told 409 (%d of them by the database's version check)%n", ConcurrentCaseEdits.refusedByTheDatabase(rounds));
    }
}
