package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.placement.PlacementFixtures.raceRounds;
import static org.haven.placement.PlacementFixtures.approvedHostWithOffer;
import static org.haven.placement.PlacementFixtures.proposeByHand;
import static org.haven.placement.PlacementFixtures.readyFamily;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.LogCapture;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ch.qos.logback.classic.Level;

@HttpTest
class PlacementApiTest {

    /** What the fixture family's case holds that a host must never see. */
    private static final List<String> SENSITIVE = List.of("Nadia", "Omid", "Sara", "Ali\"", "Afghan", "Hazara",
            "+44 7700", "nadia@example.org", "CANARY", "Peckham", "hospital", "LGBT", "lgbt", "nationality",
            "religion", "notes", "firstName", "reference", "F-");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    /** The operator's warning about data changed behind the app's back, asserted instead of printed. */
    @RegisterExtension
    final LogCapture matchingLog = LogCapture.of("org.haven.matching.MatchingProblem");

    private static JsonNode notifications(ApiClient client) {
        return client.get("/api/notifications").json().path("items");
    }

    private String offerStatus(String offerId) {
        return jdbc.queryForObject("select status from offer where id = ?", String.class, UUID.fromString(offerId));
    }

    private String familyStatus(ApiClient caseworker, String familyId) {
        return caseworker.get("/api/families/" + familyId).json().path("status").asText();
    }

    /**
     * Writes validate every field a matching instance checks, so only a change behind the app's back
     * (hand-made SQL) can break one: the caseworker is told 409, not 500, and nothing is written.
     */
    @Test
    void storedDataThatBreaksTheMatchingRulesIsRefusedClearlyAndChangesNothing() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        UUID offer = UUID.fromString(host.offerId());
        Double lat = jdbc.queryForObject("select lat from offer where id = ?", Double.class, offer);
        Integer proposalsBefore = jdbc.queryForObject("select count(*) from matching_proposal", Integer.class);
        jdbc.update("update offer set lat = 200 where id = ?", offer);
        try {
            Response refused = caseworker.postJson("/api/matching/proposals",
                    Map.of("familyId", familyId, "offerId", host.offerId()));

            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.problemType()).isEqualTo("conflict");
            assertThat(refused.body()).doesNotContain("Exception").doesNotContain("200");
            assertThat(jdbc.queryForObject("select count(*) from matching_proposal", Integer.class))
                    .isEqualTo(proposalsBefore);
            assertThat(matchingLog.messages(Level.WARN)).as("the operator is told what is wrong")
                    .singleElement().asString().contains("lat must be between -90 and 90 (was 200.0)");
        } finally {
            // The context is shared with other test classes: leave the data as it was.
            jdbc.update("update offer set lat = ? where id = ?", lat, offer);
        }
    }

    /** Offer titles may be 100 characters; the host's notification names the offer in at most 40. */
    @Test
    void anOfferWithALongTitleIsApprovedAndItsNotificationShortensTheTitle() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String title = "Whole house while we are away, 2 bedrooms, garden and a quiet street near the park";
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of("title", title));
        String proposalId = proposeByHand(caseworker, readyFamily(caseworker), host.offerId());

        Response approved = caseworker.postJson("/api/matching/proposals/" + proposalId + "/approve", Map.of());

        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        List<String> references = notifications(host.host()).findValues("subjectReference").stream()
                .map(JsonNode::asText).toList();
        assertThat(references).anySatisfy(reference -> assertThat(reference)
                .startsWith("Whole house while we are away").endsWith("…").hasSizeLessThanOrEqualTo(40));
    }

    @Test
    void theWholeJourneyFromApprovalToRematch() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        String proposalId = proposeByHand(caseworker, familyId, host.offerId());

        Response approved = caseworker.postJson("/api/matching/proposals/" + proposalId + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        String placementId = approved.json().path("id").asText();
        assertThat(approved.json().path("status").asText()).isEqualTo("AWAITING_HOST");
        assertThat(approved.json().path("answerDueAt").isNull()).isFalse();
        assertThat(offerStatus(host.offerId())).isEqualTo("RESERVED");
        assertThat(familyStatus(caseworker, familyId)).isEqualTo("MATCHED");

        JsonNode hostNotifications = notifications(host.host());
        assertThat(hostNotifications.get(0).path("kind").asText()).isEqualTo("PLACEMENT_OFFERED");
        assertThat(hostNotifications.get(0).path("subjectId").asText()).isEqualTo(placementId);
        Response hostView = host.host().get("/api/host/placements");
        assertThat(hostView.body()).doesNotContain(SENSITIVE);
        JsonNode offered = hostView.json().get(0);
        assertThat(offered.path("family").path("size").asInt()).isEqualTo(4);
        assertThat(offered.path("family").path("members")).hasSize(4);
        assertThat(offered.path("family").path("languages")).extracting(JsonNode::asText).containsExactly("fa", "ps");
        assertThat(offered.path("family").path("neededFrom").asText()).isNotBlank();

        assertThat(caseworker.postJson("/api/placements/" + placementId + "/confirm", Map.of()).status())
                .as("the host has not accepted yet").isEqualTo(409);
        assertThat(host.host().postJson("/api/host/placements/" + placementId + "/accept", Map.of()).status())
                .isEqualTo(200);
        assertThat(host.host().postJson("/api/host/placements/" + placementId + "/accept", Map.of()).status())
                .as("an answer is given once").isEqualTo(409);
        assertThat(notifications(caseworker).get(0).path("kind").asText()).isEqualTo("PLACEMENT_ACCEPTED");
        assertThat(caseworker.postJson("/api/placements/" + placementId + "/move-in",
                Map.of("date", LocalDate.now().toString())).status()).as("not confirmed yet").isEqualTo(409);

        assertThat(caseworker.postJson("/api/placements/" + placementId + "/confirm", Map.of()).status()).isEqualTo(200);
        Response future = caseworker.postJson("/api/placements/" + placementId + "/move-in",
                Map.of("date", LocalDate.now().plusDays(3).toString()));
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.fieldCode("date")).contains("date-not-past");
        JsonNode movedIn = caseworker.postJson("/api/placements/" + placementId + "/move-in",
                Map.of("date", LocalDate.now().minusDays(10).toString())).json();
        assertThat(movedIn.path("status").asText()).isEqualTo("MOVED_IN");
        assertThat(movedIn.path("nextCheckInDue").asText()).isEqualTo(LocalDate.now().minusDays(3).toString());
        assertThat(movedIn.path("checkInOverdue").asBoolean()).isTrue();
        assertThat(offerStatus(host.offerId())).isEqualTo("OCCUPIED");
        assertThat(familyStatus(caseworker, familyId)).isEqualTo("PLACED");

        Response checkIn = caseworker.postJson("/api/placements/" + placementId + "/check-ins",
                Map.of("date", LocalDate.now().minusDays(2).toString(), "wellbeing", "GOOD",
                        "note", "Settling in; children enrolled at school"));
        assertThat(checkIn.status()).isEqualTo(201);
        assertThat(checkIn.json().path("checkIns")).hasSize(1);
        assertThat(checkIn.json().path("nextCheckInDue").asText())
                .isEqualTo(LocalDate.now().minusDays(2).plusMonths(1).toString());
        assertThat(checkIn.json().path("checkInOverdue").asBoolean()).isFalse();

        Response badEnd = caseworker.postJson("/api/placements/" + placementId + "/end",
                Map.of("date", LocalDate.now().toString(), "reason", "BORED"));
        assertThat(badEnd.status()).isEqualTo(400);
        JsonNode ended = caseworker.postJson("/api/placements/" + placementId + "/end",
                Map.of("date", LocalDate.now().toString(), "reason", "PLANNED", "note", "Moved to a council flat",
                        "rematch", true)).json();
        assertThat(ended.path("status").asText()).isEqualTo("ENDED");
        assertThat(offerStatus(host.offerId())).isEqualTo("AVAILABLE");
        assertThat(familyStatus(caseworker, familyId)).isEqualTo("REMATCH");
        assertThat(notifications(host.host()).get(0).path("kind").asText()).isEqualTo("PLACEMENT_ENDED");
        assertThat(caseworker.postJson("/api/placements/" + placementId + "/check-ins",
                Map.of("date", LocalDate.now().toString(), "wellbeing", "GOOD")).status())
                .as("no check-in after the end").isEqualTo(409);
        assertThat(host.host().get("/api/host/placements").body()).doesNotContain("council flat", "enrolled");

        List<String> actions = jdbc.queryForList("select action from audit_event where subject_id = ? order by occurred_at",
                String.class, UUID.fromString(placementId));
        assertThat(actions).containsExactly("PLACEMENT_APPROVED", "PLACEMENT_HOST_ACCEPTED", "PLACEMENT_CONFIRMED",
                "PLACEMENT_MOVED_IN", "PLACEMENT_CHECK_IN_RECORDED", "PLACEMENT_ENDED");
        String storedNote = jdbc.queryForObject("select note from placement_check_in where placement_id = ?",
                String.class, UUID.fromString(placementId));
        assertThat(storedNote).startsWith("v1:").doesNotContain("school");
    }

    @Test
    void endingForASafeguardingReasonPausesTheHostAtOnce() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        String placementId = caseworker.postJson("/api/matching/proposals/"
                + proposeByHand(caseworker, familyId, host.offerId()) + "/approve", Map.of()).json().path("id").asText();

        caseworker.postJson("/api/placements/" + placementId + "/end",
                Map.of("date", LocalDate.now().toString(), "reason", "SAFEGUARDING", "rematch", true));

        assertThat(caseworker.get("/api/hosts/" + host.hostId()).json().path("status").asText()).isEqualTo("PAUSED");
        assertThat(host.host().get("/api/host/vetting").json().path("status").asText()).isEqualTo("PAUSED");
        assertThat(caseworker.postJson("/api/families/" + familyId + "/status", Map.of("status", "READY")).status())
                .isEqualTo(200);
        Response again = caseworker.postJson("/api/matching/proposals", Map.of("familyId", familyId,
                "offerId", host.offerId()));
        assertThat(again.status()).as("a paused host's offer is not available to matching").isEqualTo(409);
        assertThat(again.json().path("detail").asText()).contains("host is not approved");
    }

    @Test
    void aDeclineFreesTheOfferAndThePairNeverReturns() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        String placementId = caseworker.postJson("/api/matching/proposals/"
                + proposeByHand(caseworker, familyId, host.offerId()) + "/approve", Map.of()).json().path("id").asText();
        ApiClient otherHost = approvedHostWithOffer(port, caseworker, Map.of()).host();

        assertThat(otherHost.postJson("/api/host/placements/" + placementId + "/accept", Map.of()).status())
                .as("another host's placement").isEqualTo(404);
        assertThat(host.host().postJson("/api/host/placements/" + placementId + "/decline", Map.of()).status())
                .as("a reason is required").isEqualTo(400);
        Response declined = host.host().postJson("/api/host/placements/" + placementId + "/decline",
                Map.of("reason", "We will be away that month"));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().path("status").asText()).isEqualTo("HOST_DECLINED");
        assertThat(offerStatus(host.offerId())).isEqualTo("AVAILABLE");
        assertThat(familyStatus(caseworker, familyId)).isEqualTo("READY");
        assertThat(notifications(caseworker).get(0).path("kind").asText()).isEqualTo("PLACEMENT_DECLINED");
        Response again = caseworker.postJson("/api/matching/proposals", Map.of("familyId", familyId,
                "offerId", host.offerId()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("brokenRules")).extracting(JsonNode::asText).containsExactly("H15");
        String reason = jdbc.queryForObject("select decline_reason from placement where id = ?", String.class,
                UUID.fromString(placementId));
        assertThat(reason).startsWith("v1:").doesNotContain("away");
    }

    @Test
    void aLivePlacementIsPinnedByLaterRuns() throws InterruptedException {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        caseworker.postJson("/api/matching/proposals/" + proposeByHand(caseworker, familyId, host.offerId())
                + "/approve", Map.of());

        JsonNode run = runToTheEnd(caseworker);

        // The run's hard score may be below 0 here: another test's placement approved with an
        // override (H10) is pinned too, and matching.md counts every pair. Proposals never break a rule.
        assertThat(run.path("status").asText()).isEqualTo("DONE");
        caseworker.get("/api/matching/runs/" + run.path("id").asText() + "/proposals").json()
                .forEach(proposal -> {
                    assertThat(proposal.path("familyId").asText()).isNotEqualTo(familyId);
                    assertThat(proposal.path("offerId").asText()).isNotEqualTo(host.offerId());
                    proposal.path("explanation").forEach(line -> assertThat(line.path("passed").asBoolean()).isTrue());
                });
        assertThat(familyStatus(caseworker, familyId)).isEqualTo("MATCHED");
    }

    private static JsonNode runToTheEnd(ApiClient caseworker) throws InterruptedException {
        String runId = caseworker.postJson("/api/matching/runs", Map.of("seconds", 3)).json().path("id").asText();
        JsonNode run;
        do {
            // Asked ten times a second, not in a tight loop that takes the solver's core.
            Thread.sleep(100);
            run = caseworker.get("/api/matching/runs/" + runId).json();
        } while ("SOLVING".equals(run.path("status").asText()));
        return run;
    }

    @Test
    void aRejectedProposalIsNeverProposedAgain() throws InterruptedException {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        String proposalId = proposeByHand(caseworker, familyId, host.offerId());

        assertThat(caseworker.postJson("/api/matching/proposals/" + proposalId + "/reject", Map.of()).status())
                .isEqualTo(400);
        assertThat(caseworker.postJson("/api/matching/proposals/" + proposalId + "/reject",
                Map.of("reason", "The family needs to be near the hospital")).status()).isEqualTo(204);
        assertThat(caseworker.postJson("/api/matching/proposals/" + proposalId + "/approve", Map.of()).status())
                .isEqualTo(409);

        JsonNode run = runToTheEnd(caseworker);
        assertThat(run.path("status").asText()).isEqualTo("DONE");
        JsonNode proposals = caseworker.get("/api/matching/runs/" + run.path("id").asText() + "/proposals").json();
        proposals.forEach(proposal -> assertThat(proposal.path("familyId").asText() + proposal.path("offerId").asText())
                .isNotEqualTo(familyId + host.offerId()));
    }

    @Test
    void approvingAPairThatBreaksH10NeedsAWrittenOverrideWhichIsAudited() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of("womenOnly", true));
        String familyId = readyFamily(caseworker);
        JsonNode proposal = caseworker.postJson("/api/matching/proposals", Map.of("familyId", familyId,
                "offerId", host.offerId())).json();
        assertThat(proposal.path("explanation")).anySatisfy(line -> {
            assertThat(line.path("rule").asText()).isEqualTo("H10");
            assertThat(line.path("passed").asBoolean()).isFalse();
        });
        String proposalId = proposal.path("id").asText();

        Response withoutReason = caseworker.postJson("/api/matching/proposals/" + proposalId + "/approve", Map.of());
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.fieldCode("overrideReason")).contains("override-required");
        assertThat(offerStatus(host.offerId())).as("a refused approval changes nothing").isEqualTo("AVAILABLE");

        Response withReason = caseworker.postJson("/api/matching/proposals/" + proposalId + "/approve",
                Map.of("overrideReason", "The host knows the family; the son is 16 and the host agreed in writing"));
        assertThat(withReason.status()).isEqualTo(201);
        assertThat(offerStatus(host.offerId())).isEqualTo("RESERVED");
        assertThat(withReason.json().path("override").path("rules")).extracting(JsonNode::asText).containsExactly("H10");
        Integer audited = jdbc.queryForObject("select count(*) from audit_event where subject_id = ? and action = "
                + "'PLACEMENT_APPROVED_WITH_OVERRIDE'", Integer.class,
                UUID.fromString(withReason.json().path("id").asText()));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void aPairBreakingAnotherRuleCannotBeProposedOrOverridden() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of("maxGuests", 2, "bedrooms", 1));
        String familyId = readyFamily(caseworker);

        Response refused = caseworker.postJson("/api/matching/proposals", Map.of("familyId", familyId,
                "offerId", host.offerId()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("brokenRules")).extracting(JsonNode::asText).containsExactly("H1", "H2");
    }

    /** quality.md: 20 concurrent approvals for one offer, 50 times: exactly one placement each time. */
    @Test
    void whenTwentyCaseworkersApproveProposalsForOneOfferAtOnceExactlyOneWinsFiftyTimesOver() throws Exception {
        ApiClient lead = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, lead, Map.of());
        List<ApiClient> caseworkers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            caseworkers.add(testAccounts.signedIn(Role.CASEWORKER));
        }

        List<List<Integer>> rounds = raceRounds(lead, host, caseworkers, 50);

        for (List<Integer> statuses : rounds) {
            assertThat(Collections.frequency(statuses, 201)).as(statuses.toString()).isEqualTo(1);
            assertThat(Collections.frequency(statuses, 409)).as(statuses.toString()).isEqualTo(19);
        }
        Integer live = jdbc.queryForObject("select count(*) from placement where host_id = ? and live_offer_id is not null",
                Integer.class, UUID.fromString(host.hostId()));
        assertThat(live).as("one live placement per offer offered").isEqualTo(50);
        Integer doubleBooked = jdbc.queryForObject("select count(*) from (select offer_id from placement "
                + "where live_offer_id is not null group by offer_id having count(*) > 1) twice", Integer.class);
        assertThat(doubleBooked).isZero();
        System.out.printf("Approval race on H2: 50 rounds x 20 approvals, %d placements, 0 double bookings%n", live);
    }

    @Test
    void theDashboardAndTheMapShowWhatWaitsForWhom() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        HostWithOffer second = approvedHostWithOffer(port, caseworker, Map.of());
        String placedFamily = readyFamily(caseworker);
        String waitingFamily = readyFamily(caseworker);
        String placementId = caseworker.postJson("/api/matching/proposals/"
                + proposeByHand(caseworker, placedFamily, host.offerId()) + "/approve", Map.of()).json().path("id").asText();
        String proposalId = proposeByHand(caseworker, waitingFamily, second.offerId());
        // Waiting longer than any other test's family, so it is among the map's first pins however
        // many families other tests left waiting at the same place.
        jdbc.update("update family_case set ready_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(7000))),
                UUID.fromString(waitingFamily));

        JsonNode dashboard = caseworker.get("/api/dashboard").json();
        // Zoomed in as far as the map goes: pins, never clusters.
        JsonNode map = caseworker.get(PlacementFixtures.SE15_MAP).json();

        assertThat(dashboard.path("familiesWaiting")).extracting(level -> level.path("urgency").asText())
                .containsExactly("CRITICAL", "HIGH", "NORMAL");
        assertThat(dashboard.path("proposalsToDecide").asInt()).isPositive();
        assertThat(dashboard.path("awaitingHost")).anySatisfy(due -> {
            assertThat(due.path("placementId").asText()).isEqualTo(placementId);
            assertThat(due.path("reminded").asBoolean()).isFalse();
        });
        assertThat(dashboard.path("placementsByStatus").path("AWAITING_HOST").asInt()).isPositive();
        assertThat(map.path("offers")).anySatisfy(offer -> {
            assertThat(offer.path("id").asText()).isEqualTo(host.offerId());
            assertThat(offer.path("status").asText()).isEqualTo("PLACED");
            assertThat(offer.has("address")).isFalse();
        });
        assertThat(map.path("families")).extracting(family -> family.path("id").asText())
                .contains(placedFamily, waitingFamily);
        assertThat(map.path("lines")).anySatisfy(line -> {
            assertThat(line.path("id").asText()).isEqualTo(proposalId);
            assertThat(line.path("kind").asText()).isEqualTo("PROPOSAL");
        });
        // Every undecided proposal counted; those drawn (an end among the pins) best score first (ties by
        // id): the database's own answer.
        List<String> undecided = jdbc.queryForList("select id from matching_proposal where status = 'PROPOSED'"
                + " order by score desc, id", UUID.class).stream().map(UUID::toString).toList();
        assertThat(dashboard.path("proposalsToDecide").asInt()).isEqualTo(undecided.size());
        List<String> proposalLines = new ArrayList<>();
        map.path("lines").forEach(line -> {
            if (line.path("kind").asText().equals("PROPOSAL")) {
                proposalLines.add(line.path("id").asText());
            }
        });
        assertThat(undecided).containsSubsequence(proposalLines);
        assertThat(proposalLines).contains(proposalId);
        assertThat(map.toString()).doesNotContain("Nadia", "Canary Lane", "Hazara");
        assertThat(testAccounts.signedIn(Role.HOST).get("/api/map").status()).isIn(403, 404);
    }

    @Test
    void onlyCaseworkersDecideAndHostsSeeOnlyTheirOwn() {
        ApiClient host = testAccounts.signedIn(Role.HOST);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        UUID any = UUID.randomUUID();

        assertThat(host.postJson("/api/matching/proposals/" + any + "/approve", Map.of()).status()).isIn(403, 404);
        assertThat(admin.get("/api/placements").status()).isEqualTo(403);
        assertThat(host.get("/api/placements").status()).isIn(403, 404);
        assertThat(testAccounts.signedIn(Role.CASEWORKER).get("/api/host/placements").status()).isEqualTo(403);
        assertThat(host.get("/api/host/placements").json()).isEmpty();
        assertThat(testAccounts.signedIn(Role.CASEWORKER).get("/api/placements/" + any).status()).isEqualTo(404);
    }
}
