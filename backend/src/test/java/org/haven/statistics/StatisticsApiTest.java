package org.haven.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.placement.PlacementFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.shared.CsvCells;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class StatisticsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void adminsSeeTheFiguresAsJsonAndCsvAndABreakdownCounts() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        long breakdownsBefore = admin.get("/api/admin/stats").json().path("endedByReason").path("BREAKDOWN").asLong();
        HostWithOffer host = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = PlacementFixtures.readyFamily(caseworker);
        String placementId = caseworker.postJson("/api/matching/proposals/"
                + PlacementFixtures.proposeByHand(caseworker, familyId, host.offerId()) + "/approve", Map.of())
                .json().path("id").asText();
        caseworker.postJson("/api/placements/" + placementId + "/end",
                Map.of("date", LocalDate.now().toString(), "reason", "BREAKDOWN"));

        JsonNode stats = admin.get("/api/admin/stats").json();
        Response csv = admin.get("/api/admin/stats.csv");

        assertThat(stats.path("hostsByStatus").path("APPROVED").asLong()).isPositive();
        assertThat(stats.path("availableByArea")).anySatisfy(area -> {
            assertThat(area.path("area").asText()).isEqualTo("SE");
            assertThat(area.path("beds").asInt()).isGreaterThanOrEqualTo(4);
        });
        assertThat(stats.path("waitingByUrgency").has("CRITICAL")).isTrue();
        assertThat(stats.path("endedByReason").path("BREAKDOWN").asLong()).isEqualTo(breakdownsBefore + 1);
        assertThat(stats.path("breakdownRate").asDouble()).isBetween(0.0, 1.0).isPositive();
        assertThat(stats.path("medianDaysToMatch").isNumber()).isTrue();
        assertThat(stats.toString()).doesNotContain("Nadia", familyId);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("section,key,value\n")
                .contains("placementsEndedByReason,BREAKDOWN," + (breakdownsBefore + 1) + "\n")
                .contains("offersAvailableByArea,SE,");
        assertThat(caseworker.get("/api/admin/stats").status()).isEqualTo(403);
    }

    @Test
    void theCountsFollowTheData() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        JsonNode before = admin.get("/api/admin/stats").json();
        PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        PlacementFixtures.readyFamily(caseworker);
        caseworker.postJson("/api/families", FamilyApiFixtures.family());

        JsonNode after = admin.get("/api/admin/stats").json();

        assertThat(after.path("hostsByStatus").path("APPROVED").asLong())
                .isEqualTo(before.path("hostsByStatus").path("APPROVED").asLong() + 1);
        assertThat(after.path("familiesByStatus").path("READY").asLong())
                .isEqualTo(before.path("familiesByStatus").path("READY").asLong() + 1);
        assertThat(after.path("familiesByStatus").path("TRIAGE").asLong())
                .isEqualTo(before.path("familiesByStatus").path("TRIAGE").asLong() + 1);
        assertThat(after.path("familiesByStatus").path("CLOSED").asLong())
                .isEqualTo(before.path("familiesByStatus").path("CLOSED").asLong());
        assertThat(after.path("waitingByUrgency").path("HIGH").asLong())
                .isEqualTo(before.path("waitingByUrgency").path("HIGH").asLong() + 1);
        assertThat(after.path("waitingByUrgency").path("CRITICAL").asLong())
                .isEqualTo(before.path("waitingByUrgency").path("CRITICAL").asLong());
        assertThat(area(after, "SE").path("offers").asInt()).isEqualTo(area(before, "SE").path("offers").asInt() + 1);
        assertThat(area(after, "SE").path("beds").asInt()).isEqualTo(area(before, "SE").path("beds").asInt() + 4);
    }

    private static JsonNode area(JsonNode stats, String name) {
        for (JsonNode area : stats.path("availableByArea")) {
            if (area.path("area").asText().equals(name)) {
                return area;
            }
        }
        return JsonNodeFactory.instance.objectNode().put("offers", 0).put("beds", 0);
    }

    @Test
    void theMedianAndTheCsvQuotingAreRight() {
        assertThat(StatisticsService.median(List.of())).isNull();
        assertThat(StatisticsService.median(List.of(5L, 1L, 3L))).isEqualTo(3.0);
        assertThat(StatisticsService.median(List.of(4L, 1L, 3L, 10L))).isEqualTo(3.5);
        assertThat(CsvCells.field("LS (Leeds)")).isEqualTo("LS (Leeds)");
        assertThat(CsvCells.field("Leeds, West")).isEqualTo("\"Leeds, West\"");
        assertThat(CsvCells.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(CsvCells.field("=\n1+1")).as("a line break cannot hide the =").isEqualTo("'= 1+1");
    }
}
