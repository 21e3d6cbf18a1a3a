package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.matching.MatchingApiFixtures.approvedHostWithOffer;
import static org.haven.matching.MatchingApiFixtures.awaitEnd;
import static org.haven.matching.MatchingApiFixtures.largeFamily;
import static org.haven.matching.MatchingApiFixtures.readyFamily;
import static org.haven.matching.MatchingApiFixtures.roomForFour;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs through the API on the shared test database. Other test classes leave hosts and families
 * there too, so each assertion is about this test's own records or holds for every proposal.
 */
@HttpTest
class MatchingRunsApiTest {

    private static final List<String> SOFT_RULES = List.of("S1", "S2", "S3", "S4", "S5", "S6", "S7");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    /** A CRITICAL family with a wheelchair user and a pet: only an offer made for it fits. */
    private static Map<String, Object> wheelchairFamilyWithPet() {
        Map<String, Object> family = FamilyApiFixtures.family();
        family.put("urgency", "CRITICAL");
        family.put("hasPets", true);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) family.get("members");
        members.get(0).put("wheelchairUser", true);
        return family;
    }

    private static Map<String, Object> accessibleOfferWithPets() {
        Map<String, Object> offer = roomForFour();
        offer.put("stepFree", "ALL");
        offer.put("wheelchairBathroom", true);
        offer.put("petsAllowed", true);
        return offer;
    }

    private static String startRun(ApiClient caseworker, int seconds) {
        Response started = caseworker.postJson("/api/matching/runs", Map.of("seconds", seconds));
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().path("status").asText()).isEqualTo("SOLVING");
        return started.json().path("id").asText();
    }

    private static String pair(JsonNode proposal) {
        return proposal.path("familyId").asText() + "/" + proposal.path("offerId").asText();
    }

    private static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    @Test
    void aRunProposesEveryFeasiblePairWithItsExplanationAndASecondStartIsRefused() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        approvedHostWithOffer(port, caseworker, accessibleOfferWithPets());
        String familyId = readyFamily(caseworker, wheelchairFamilyWithPet());

        String runId = startRun(caseworker, 3);
        Response second = caseworker.postJson("/api/matching/runs", Map.of());
        JsonNode run = awaitEnd(caseworker, runId);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).endsWith("matching-run-in-progress");
        assertThat(second.json().path("runId").asText()).isEqualTo(runId);
        assertThat(run.path("status").asText()).isEqualTo("DONE");
        // The score's hard part counts pinned placements too (an override approved by another test
        // may be one); what must hold is that no proposal breaks a rule, checked below.
        assertThat(run.path("score").asText()).matches("-?\\d+hard/-?\\d+medium/-?\\d+soft");
        assertThat(run.path("proposals").asInt()).isPositive();
        // A run that finished its proof has no notice, so nothing to qualify it.
        assertThat(run.path("notice").isNull()).isTrue();
        assertThat(run.path("mediumProven").isBoolean()).isTrue();
        assertThat(run.path("mediumProven").asBoolean()).isFalse();

        List<JsonNode> proposals = list(caseworker.get("/api/matching/runs/" + runId + "/proposals").json());
        assertThat(proposals).hasSize(run.path("proposals").asInt());
        assertThat(proposals).extracting(proposal -> proposal.path("offerId").asText()).doesNotHaveDuplicates();
        for (JsonNode proposal : proposals) {
            List<JsonNode> lines = list(proposal.path("explanation"));
            assertThat(lines).as("every hard rule is listed and passed")
                    .filteredOn(line -> line.path("rule").asText().startsWith("H"))
                    .extracting(line -> line.path("rule").asText())
                    .containsExactly("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8", "H9", "H10", "H11", "H12", "H13",
                            "H14", "H15", "H16");
            assertThat(lines).allMatch(line -> line.path("passed").asBoolean());
            assertThat(lines).extracting(line -> line.path("rule").asText()).containsAll(SOFT_RULES);
            long penalties = lines.stream().mapToLong(line -> line.path("penalty").asLong()).sum();
            assertThat(proposal.path("score").asLong()).isEqualTo(-penalties);
            assertThat(proposal.path("status").asText()).isEqualTo("PROPOSED");
        }
        JsonNode ours = proposals.stream().filter(proposal -> proposal.path("familyId").asText().equals(familyId))
                .findFirst().orElseThrow(() -> new AssertionError("the CRITICAL family was not proposed an offer"));
        assertThat(ours.path("family").path("size").asInt()).isEqualTo(4);
        assertThat(ours.path("family").path("children").asInt()).isEqualTo(2);
        assertThat(ours.path("family").path("urgency").asText()).isEqualTo("CRITICAL");
        assertThat(ours.path("family").toString()).doesNotContain("Nadia", "Afghan", "CANARY");
        assertThat(ours.path("distanceKm").asInt()).isZero();
        assertThat(list(ours.path("explanation"))).anySatisfy(line -> {
            assertThat(line.path("rule").asText()).isEqualTo("S3");
            assertThat(line.path("text").asText()).isEqualTo("Shares Persian (Dari) with the host");
            // Stored with the proposal and sent for the browser to word in its reader's language.
            assertThat(line.path("key").asText()).isEqualTo("S3.shared");
            assertThat(line.path("values").path("languages").toString()).isEqualTo("[\"fa\"]");
        });
        assertThat(caseworker.get("/api/matching/proposals/" + ours.path("id").asText()).json().path("familyId").asText())
                .isEqualTo(familyId);
        Integer audited = jdbc.queryForObject("select count(*) from audit_event where subject_id = ? and action in "
                + "('MATCHING_RUN_STARTED', 'MATCHING_RUN_FINISHED', 'MATCHING_PROPOSALS_READ')", Integer.class,
                UUID.fromString(runId));
        assertThat(audited).isEqualTo(3);
    }

    @Test
    void aNewRunKeepsTheUndecidedProposalsItProposesAgainSupersedesTheRestAndAStoppedRunChangesNothing() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        approvedHostWithOffer(port, caseworker, accessibleOfferWithPets());
        String familyId = readyFamily(caseworker, wheelchairFamilyWithPet());

        String first = startRun(caseworker, 3);
        awaitEnd(caseworker, first);
        Map<String, String> firstIds = new java.util.HashMap<>();
        list(caseworker.get("/api/matching/runs/" + first + "/proposals").json()).forEach(proposal ->
                firstIds.put(pair(proposal), proposal.path("id").asText()));
        String second = startRun(caseworker, 3);
        awaitEnd(caseworker, second);
        List<JsonNode> secondProposals = list(caseworker.get("/api/matching/runs/" + second + "/proposals").json());
        String stopped = startRun(caseworker, 60);
        Response stop = caseworker.postJson("/api/matching/runs/" + stopped + "/stop", Map.of());
        JsonNode stoppedRun = awaitEnd(caseworker, stopped);

        // S7: the family whose only fit is the accessible offer keeps its proposal, the same record,
        // now explained by the second run; every pair proposed again is the same proposal.
        JsonNode ours = secondProposals.stream().filter(proposal -> proposal.path("familyId").asText().equals(familyId))
                .findFirst().orElseThrow(() -> new AssertionError("the family's proposal was not kept"));
        assertThat(ours.path("id").asText()).isEqualTo(firstIds.get(pair(ours)));
        assertThat(list(ours.path("explanation"))).anySatisfy(line -> {
            assertThat(line.path("rule").asText()).isEqualTo("S7");
            assertThat(line.path("text").asText()).isEqualTo("Keeps the offer proposed in the previous run");
            assertThat(line.path("penalty").asLong()).isZero();
        });
        for (JsonNode proposal : secondProposals) {
            if (firstIds.containsKey(pair(proposal))) {
                assertThat(proposal.path("id").asText()).isEqualTo(firstIds.get(pair(proposal)));
            }
        }
        assertThat(list(caseworker.get("/api/matching/runs/" + first + "/proposals").json()))
                .as("what the first run proposed and the second did not is superseded")
                .allMatch(proposal -> proposal.path("status").asText().equals("SUPERSEDED"));
        assertThat(stop.status()).isEqualTo(202);
        assertThat(stoppedRun.path("status").asText()).isEqualTo("STOPPED");
        assertThat(stoppedRun.path("proposals").asInt()).isZero();
        assertThat(list(caseworker.get("/api/matching/runs/" + stopped + "/proposals").json())).isEmpty();
        assertThat(list(caseworker.get("/api/matching/runs/" + second + "/proposals").json()))
                .as("the stopped run left the previous proposals as they were")
                .isNotEmpty().allMatch(proposal -> proposal.path("status").asText().equals("PROPOSED"));
        assertThat(caseworker.postJson("/api/matching/runs/" + stopped + "/stop", Map.of()).status()).isEqualTo(409);

        JsonNode runs = caseworker.get("/api/matching/runs?size=3").json();
        assertThat(list(runs.path("items"))).extracting(item -> item.path("id").asText())
                .containsExactly(stopped, second, first);
    }

    @Test
    void theEventStreamReportsProgressThenTheEnd() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        // Something to solve, so the run is still solving when the stream is opened (an empty run
        // ends at once, and the stream then has only its end to tell).
        approvedHostWithOffer(port, caseworker, accessibleOfferWithPets());
        readyFamily(caseworker, wheelchairFamilyWithPet());
        String runId = startRun(caseworker, 3);

        // As a browser asks: with gzip allowed. The stream must still come uncompressed, each
        // event as it happens (a gzip buffer would hold them back; see server.compression).
        ApiClient.RawResponse events = caseworker.getRaw("/api/matching/runs/" + runId + "/events",
                Map.of("Accept-Encoding", "gzip"));

        assertThat(events.status()).isEqualTo(200);
        assertThat(events.header("Content-Type")).get().asString().startsWith("text/event-stream");
        assertThat(events.header("Content-Encoding")).isEmpty();
        String body = new String(events.body(), StandardCharsets.UTF_8);
        assertThat(body).contains("event:progress").contains("event:end");
        String end = body.substring(body.indexOf("event:end"));
        assertThat(end).contains("\"status\":\"DONE\"").contains("\"id\":\"" + runId + "\"");
        Response afterTheEnd = caseworker.get("/api/matching/runs/" + runId + "/events");
        assertThat(afterTheEnd.body()).startsWith("event:end");
    }

    @Test
    void whyUnassignedListsTheRulesThatExcludeTheNearestOffers() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        Map<String, Object> offer = roomForFour();
        offer.put("postcode", null);
        offer.put("place", "Inverness");
        String offerId = approvedHostWithOffer(port, caseworker, offer);
        Map<String, Object> large = largeFamily();
        large.put("preferredPostcode", null);
        large.put("preferredPlace", "Inverness");
        String familyId = readyFamily(caseworker, large);
        String runId = startRun(caseworker, 3);
        awaitEnd(caseworker, runId);

        List<JsonNode> unassigned = list(caseworker.get("/api/matching/runs/" + runId + "/unassigned").json());
        JsonNode why = caseworker.get("/api/matching/families/" + familyId + "/why-unassigned?limit=1&runId=" + runId)
                .json();

        assertThat(unassigned).extracting(family -> family.path("familyId").asText()).contains(familyId);
        Integer left = jdbc.queryForObject("select count(*) from matching_unassigned where run_id = ?", Integer.class,
                UUID.fromString(runId));
        assertThat(jdbc.queryForObject("select unassigned_count from matching_run where id = ?", Integer.class,
                UUID.fromString(runId))).as("the count the run keeps").isEqualTo(left);
        assertThat(caseworker.get("/api/matching/runs/" + runId + "/unassigned?page=0&size=1").headers()
                .firstValue("X-Total-Count")).hasValue(String.valueOf(left));
        assertThat(why.path("offers")).hasSize(1);
        JsonNode nearest = why.path("offers").get(0);
        assertThat(nearest.path("offerId").asText()).isEqualTo(offerId);
        assertThat(nearest.path("distanceKm").asInt()).isZero();
        List<String> rules = new ArrayList<>();
        nearest.path("reasons").forEach(reason -> rules.add(reason.path("rule").asText()));
        assertThat(rules).containsExactly("H1", "H2");
        JsonNode capacity = nearest.path("reasons").get(0);
        assertThat(capacity.path("text").asText()).isEqualTo("9 people, room for only 4");
        assertThat(capacity.path("key").asText()).isEqualTo("H1.tooMany");
        assertThat(capacity.path("values").path("count").asInt()).isEqualTo(9);
        assertThat(capacity.path("values").path("maxGuests").asInt()).isEqualTo(4);
        // Checked against today's data, and it says so.
        assertThat(why.path("basis").asText()).isEqualTo("TODAY");
        assertThat(why.path("checkedAt").asText()).isNotBlank();
        assertThat(why.path("runId").asText()).isEqualTo(runId);
        Integer audited = jdbc.queryForObject("select count(*) from audit_event where subject_id = ? and action = "
                + "'FAMILY_MATCHING_EXPLAINED'", Integer.class, UUID.fromString(familyId));
        assertThat(audited).isEqualTo(1);
    }

    @Test
    void onlyCaseworkersReachMatchingAndBadInputIsRefusedClearly() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient anonymous = new ApiClient(port);
        anonymous.get("/api/auth/csrf");

        assertThat(anonymous.get("/api/matching/runs").status()).isEqualTo(401);
        assertThat(testAccounts.signedIn(Role.HOST).get("/api/matching/runs").status()).isIn(403, 404);
        assertThat(testAccounts.signedIn(Role.ADMIN).postJson("/api/matching/runs", Map.of()).status()).isEqualTo(403);

        Response tooLong = caseworker.postJson("/api/matching/runs", Map.of("seconds", 301));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.fieldCode("seconds")).contains("out-of-range");
        assertThat(caseworker.get("/api/matching/runs/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(caseworker.get("/api/matching/runs/not-a-uuid").status()).isEqualTo(400);
        assertThat(caseworker.get("/api/matching/families/" + UUID.randomUUID() + "/why-unassigned").status())
                .isEqualTo(404);
        assertThat(caseworker.get("/api/matching/runs?size=0").status()).isEqualTo(400);
    }

    @Test
    void adminsEditTheMatchingPolicyWithinRangesAndEveryChangeIsAudited() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        JsonNode defaults = admin.get("/api/admin/matching-policy").json();
        assertThat(defaults.path("arrivalWindowDays").asInt()).isEqualTo(14);
        assertThat(defaults.path("urgencyWeights").path("CRITICAL").asInt()).isEqualTo(4);
        assertThat(defaults.path("weights").path("noSharedLanguage").asInt()).isEqualTo(30);

        Map<String, Object> changed = policy(21, 40);
        Map<String, Object> invalid = policy(-1, 40);
        Response refused = admin.send("PUT", "/api/admin/matching-policy", invalid);
        Response saved = admin.send("PUT", "/api/admin/matching-policy", changed);
        JsonNode after = admin.get("/api/admin/matching-policy").json();
        Response caseworkerTry = testAccounts.signedIn(Role.CASEWORKER).send("PUT", "/api/admin/matching-policy", changed);
        admin.send("PUT", "/api/admin/matching-policy", policy(14, 30));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldCode("arrivalWindowDays")).contains("out-of-range");
        assertThat(saved.status()).isEqualTo(200);
        assertThat(after.path("arrivalWindowDays").asInt()).isEqualTo(21);
        assertThat(after.path("weights").path("noSharedLanguage").asInt()).isEqualTo(40);
        assertThat(caseworkerTry.status()).isEqualTo(403);
        JsonNode change = admin.get("/api/admin/audit-events?action=MATCHING_POLICY_CHANGED&size=5").json()
                .path("items").get(1);
        assertThat(change.path("details").path("before").path("arrivalWindowDays").asInt()).isEqualTo(14);
        assertThat(change.path("details").path("after").path("arrivalWindowDays").asInt()).isEqualTo(21);
        assertThat(change.path("details").path("after").path("weights.noSharedLanguage").asInt()).isEqualTo(40);
        assertThat(change.path("details").path("after").has("minimumStayMonths")).as("only what changed").isFalse();
    }

    private static Map<String, Object> policy(int arrivalWindowDays, int noSharedLanguage) {
        return Map.of("arrivalWindowDays", arrivalWindowDays, "minimumStayMonths", 6,
                "urgencyWeights", Map.of("CRITICAL", 4, "HIGH", 2, "NORMAL", 1),
                "weights", Map.of("distance", 1, "spareBeds", 10, "noSharedLanguage", noSharedLanguage,
                        "shortStay", 5, "waitForRoom", 1, "linkedApart", 5, "keepProposal", 50));
    }
}
