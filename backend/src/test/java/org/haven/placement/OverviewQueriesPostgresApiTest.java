package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.placement.PlacementFixtures.approvedHostWithOffer;
import static org.haven.placement.PlacementFixtures.proposeByHand;
import static org.haven.placement.PlacementFixtures.readyFamily;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.PostgresHttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The queries that count and rank in the database rather than load every row (docs/web-benchmark.md)
 * run on PostgreSQL too: the dashboard, the map, the placements list, the statistics, the hosts'
 * area filter and the families' text search. Their results are checked in detail on H2
 * (DashboardAndMapApiTest, StatisticsApiTest, HostVettingApiTest, FamilyCaseApiTest). Here they
 * count and rank the whole database, so this class has one of its own: its own first admin makes
 * its own context, and with it a new database.
 */
@PostgresHttpTest
@TestPropertySource(properties = "haven.admin.email=pg-overview-admin@haven.test")
class OverviewQueriesPostgresApiTest {

    @Autowired
    TestAccounts testAccounts;

    @LocalServerPort
    int port;

    @Test
    void theOverviewsAnswerOnPostgres() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        HostWithOffer second = approvedHostWithOffer(port, caseworker, Map.of());
        String placed = readyFamily(caseworker);
        String waiting = readyFamily(caseworker);
        String placementId = caseworker.postJson("/api/matching/proposals/" + proposeByHand(caseworker, placed,
                host.offerId()) + "/approve", Map.of()).json().path("id").asText();
        host.host().postJson("/api/host/placements/" + placementId + "/accept", Map.of());
        caseworker.postJson("/api/placements/" + placementId + "/confirm", Map.of());
        caseworker.postJson("/api/placements/" + placementId + "/move-in",
                Map.of("date", LocalDate.now().minusDays(40).toString()));
        // The next check-in was due a month after this one: days ago.
        caseworker.postJson("/api/placements/" + placementId + "/check-ins",
                Map.of("date", LocalDate.now().minusDays(35).toString(), "wellbeing", "GOOD"));

        JsonNode dashboard = caseworker.get("/api/dashboard").json();
        JsonNode map = caseworker.get(PlacementFixtures.SE15_MAP).json();
        JsonNode placements = caseworker.get("/api/placements").json();
        JsonNode stats = testAccounts.signedIn(Role.ADMIN).get("/api/admin/stats").json();

        assertThat(dashboard.path("familiesWaiting").get(1).path("urgency").asText()).isEqualTo("HIGH");
        assertThat(dashboard.path("familiesWaiting").get(1).path("count").asInt()).isEqualTo(1);
        assertThat(dashboard.path("longestWaiting").get(0).path("familyId").asText()).isEqualTo(waiting);
        assertThat(dashboard.path("longestWaiting").get(0).path("size").asInt()).isEqualTo(4);
        assertThat(dashboard.path("placementsByStatus").path("MOVED_IN").asInt()).isEqualTo(1);
        assertThat(dashboard.path("checkInsDue").get(0).path("placementId").asText()).isEqualTo(placementId);
        assertThat(dashboard.path("checkInsDue").get(0).path("dueOn").asText())
                .isEqualTo(LocalDate.now().minusDays(35).plusMonths(1).toString());
        assertThat(map.path("families")).extracting(family -> family.path("id").asText())
                .containsExactlyInAnyOrder(placed, waiting);
        assertThat(map.path("families").get(0).path("size").asInt()).isEqualTo(4);
        assertThat(map.path("offers")).extracting(offer -> offer.path("id").asText())
                .contains(host.offerId(), second.offerId());
        assertThat(placements.get(0).path("checkIns")).hasSize(1);
        assertThat(stats.path("familiesByStatus").path("PLACED").asInt()).isEqualTo(1);
        assertThat(stats.path("waitingByUrgency").path("HIGH").asInt()).isEqualTo(1);
        assertThat(stats.path("hostsByStatus").path("APPROVED").asInt()).isEqualTo(2);
        assertThat(stats.path("availableByArea").get(0).path("area").asText()).isEqualTo("SE");
        assertThat(stats.path("availableByArea").get(0).path("offers").asInt()).isEqualTo(1);
        assertThat(caseworker.get("/api/hosts?area=se15").json().path("totalItems").asInt()).isEqualTo(2);
        assertThat(caseworker.get("/api/hosts?area=S").json().path("totalItems").asInt()).isZero();
        assertThat(caseworker.get("/api/families?q=nadia").json().path("totalItems").asInt()).isEqualTo(2);
    }
}
