package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.placement.PlacementFixtures.approvedHostWithOffer;
import static org.haven.placement.PlacementFixtures.proposeByHand;
import static org.haven.placement.PlacementFixtures.readyFamily;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's and the map's figures, which the database counts and ranks (docs/web-benchmark.md):
 * the same families as matching takes, the longest waiting first, placements by status and the
 * check-ins due. Other tests share the database, so counts are compared before and after.
 */
@HttpTest
class DashboardAndMapApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private static JsonNode level(JsonNode dashboard, String urgency) {
        for (JsonNode level : dashboard.path("familiesWaiting")) {
            if (level.path("urgency").asText().equals(urgency)) {
                return level;
            }
        }
        throw new AssertionError("no level " + urgency + " in " + dashboard);
    }

    private void readySince(String familyId, Instant readyAt) {
        jdbc.update("update family_case set ready_at = ? where id = ?", Timestamp.from(readyAt),
                UUID.fromString(familyId));
    }

    private static boolean onTheMap(JsonNode map, String familyId) {
        for (JsonNode family : map.path("families")) {
            if (family.path("id").asText().equals(familyId)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDashboardCountsAndRanksTheFamiliesMatchingWouldTakeAndTheMapShowsThem() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        int waitingBefore = level(caseworker.get("/api/dashboard").json(), "HIGH").path("count").asInt();
        String longest = readyFamily(caseworker);
        String recent = readyFamily(caseworker);
        String incomplete = readyFamily(caseworker);
        // Longer than any other test's family has waited, so these two lead the HIGH families.
        readySince(longest, Instant.now().minus(5000, ChronoUnit.DAYS));
        readySince(recent, Instant.now().minus(4000, ChronoUnit.DAYS));
        // A READY case that lost a member's age (edited after it became READY): matching skips it.
        readySince(incomplete, Instant.now().minus(6000, ChronoUnit.DAYS));
        Map<String, Object> edit = FamilyApiFixtures.family();
        ((List<Map<String, Object>>) edit.get("members")).get(1).put("age", null);
        edit.put("version", caseworker.get("/api/families/" + incomplete).json().path("version").asLong());
        assertThat(caseworker.send("PUT", "/api/families/" + incomplete, edit).status()).isEqualTo(200);

        JsonNode dashboard = caseworker.get("/api/dashboard").json();
        JsonNode map = caseworker.get(PlacementFixtures.SE15_MAP).json();

        assertThat(dashboard.path("familiesWaiting")).extracting(level -> level.path("urgency").asText())
                .containsExactly("CRITICAL", "HIGH", "NORMAL");
        JsonNode high = level(dashboard, "HIGH");
        assertThat(high.path("count").asInt()).isEqualTo(waitingBefore + 2);
        assertThat(high.path("longestWaitingDays").asInt()).isEqualTo(5000);
        JsonNode first = null;
        JsonNode second = null;
        for (JsonNode family : dashboard.path("longestWaiting")) {
            if (family.path("urgency").asText().equals("HIGH")) {
                if (first == null) {
                    first = family;
                } else if (second == null) {
                    second = family;
                }
            }
        }
        assertThat(first).isNotNull();
        assertThat(first.path("familyId").asText()).isEqualTo(longest);
        assertThat(first.path("waitingDays").asInt()).isEqualTo(5000);
        assertThat(first.path("size").asInt()).isEqualTo(4);
        assertThat(first.path("reference").asText()).startsWith("F-");
        assertThat(second.path("familyId").asText()).isEqualTo(recent);
        assertThat(dashboard.path("longestWaiting")).extracting(family -> family.path("urgency").asText())
                .isSortedAccordingTo((a, b) -> Integer.compare(urgencyRank(a), urgencyRank(b)));
        assertThat(dashboard.toString()).doesNotContain(incomplete);

        assertThat(onTheMap(map, longest)).isTrue();
        assertThat(onTheMap(map, incomplete)).as("matching skips it, so the map does").isFalse();
        for (JsonNode family : map.path("families")) {
            if (family.path("id").asText().equals(longest)) {
                assertThat(family.path("size").asInt()).isEqualTo(4);
                assertThat(family.path("urgency").asText()).isEqualTo("HIGH");
                assertThat(family.path("place").asText()).contains("SE");
                assertThat(family.path("lat").asDouble()).isBetween(51.0, 52.0);
            }
        }
    }

    private static int urgencyRank(String urgency) {
        return switch (urgency) {
            case "CRITICAL" -> 0;
            case "HIGH" -> 1;
            default -> 2;
        };
    }

    @Test
    void placementsAreCountedByStatusAndTheCheckInsDueListed() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        JsonNode before = caseworker.get("/api/dashboard").json().path("placementsByStatus");
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        String placementId = caseworker.postJson("/api/matching/proposals/"
                + proposeByHand(caseworker, familyId, host.offerId()) + "/approve", Map.of()).json().path("id").asText();
        host.host().postJson("/api/host/placements/" + placementId + "/accept", Map.of());
        caseworker.postJson("/api/placements/" + placementId + "/confirm", Map.of());
        caseworker.postJson("/api/placements/" + placementId + "/move-in",
                Map.of("date", LocalDate.now().minusDays(10).toString()));

        JsonNode dashboard = caseworker.get("/api/dashboard").json();
        assertThat(dashboard.path("placementsByStatus").path("MOVED_IN").asInt())
                .isEqualTo(before.path("MOVED_IN").asInt() + 1);
        assertThat(dashboard.path("placementsByStatus").path("ENDED").asInt()).isEqualTo(before.path("ENDED").asInt());
        assertThat(dashboard.path("checkInsDue")).anySatisfy(due -> {
            assertThat(due.path("placementId").asText()).isEqualTo(placementId);
            assertThat(due.path("dueOn").asText()).isEqualTo(LocalDate.now().minusDays(3).toString());
            assertThat(due.path("overdue").asBoolean()).isTrue();
        });

        caseworker.postJson("/api/placements/" + placementId + "/check-ins",
                Map.of("date", LocalDate.now().minusDays(8).toString(), "wellbeing", "GOOD"));
        caseworker.postJson("/api/placements/" + placementId + "/check-ins",
                Map.of("date", LocalDate.now().minusDays(2).toString(), "wellbeing", "SOME_CONCERNS"));

        assertThat(caseworker.get("/api/dashboard").json().path("checkInsDue").toString())
                .as("the next one is a month away").doesNotContain(placementId);
        JsonNode listed = null;
        for (JsonNode placement : caseworker.get("/api/placements").json()) {
            if (placement.path("id").asText().equals(placementId)) {
                listed = placement;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.path("checkIns")).extracting(checkIn -> checkIn.path("date").asText())
                .as("newest first").containsExactly(LocalDate.now().minusDays(2).toString(),
                        LocalDate.now().minusDays(8).toString());
        assertThat(listed.path("nextCheckInDue").asText())
                .isEqualTo(LocalDate.now().minusDays(2).plusMonths(1).toString());
    }
}
