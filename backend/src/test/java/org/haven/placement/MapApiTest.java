package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.placement.PlacementFixtures.proposeByHand;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.host.HostApiFixtures;
import org.haven.imports.ImportFixtures;
import org.haven.shared.MapArea;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The map answers what is in the area asked for, bounded whatever the caseload: pins (with the lines
 * to their other ends) when there are few, counts per grid cell when there are many. Each test puts
 * its families and offers where no other test does (the Hebrides, Shetland), so the shared database's
 * other rows cannot reach its areas.
 */
@HttpTest
class MapApiTest {

    /** Around Stornoway (HS1) and around Tarbert (HS3), on Lewis and Harris. */
    private static final String HS1 = "south=58.15&west=-6.45&north=58.25&east=-6.30";
    private static final String HS3 = "south=57.80&west=-6.95&north=57.98&east=-6.60";
    /** Around Lerwick (ZE1). */
    private static final String ZE1 = "south=60.05&west=-1.30&north=60.25&east=-1.05";
    /** Around Kirkwall (KW15) and around Stromness (KW16), on Orkney. */
    private static final String KW15 = "south=58.93&west=-3.05&north=59.00&east=-2.90";
    private static final String KW16 = "south=58.92&west=-3.35&north=59.00&east=-3.20";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private record Proposed(String familyId, String offerId, String proposalId) {
    }

    /** A ready family wanting to live near one postcode, proposed by hand an approved host's offer at another. */
    private Proposed proposed(ApiClient caseworker, String familyPostcode, String offerPostcode) {
        Map<String, Object> details = FamilyApiFixtures.family();
        details.put("preferredPostcode", familyPostcode);
        details.put("maxDistanceKm", 100);
        String familyId = caseworker.postJson("/api/families", details).json().path("id").asText();
        assertThat(caseworker.postJson("/api/families/" + familyId + "/status", Map.of("status", "READY")).status())
                .isEqualTo(200);
        String offerId = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of("postcode", offerPostcode))
                .offerId();
        return new Proposed(familyId, offerId, proposeByHand(caseworker, familyId, offerId));
    }

    @Test
    void anAreaShowsItsPinsAndEachLineWhole() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        Proposed proposed = proposed(caseworker, "HS1 2AA", "HS3 3AA");
        String familyId = proposed.familyId();
        String offerId = proposed.offerId();
        String proposalId = proposed.proposalId();

        JsonNode aroundTheFamily = caseworker.get("/api/map?zoom=10&" + HS1).json();
        assertThat(aroundTheFamily.path("clustered").asBoolean()).isFalse();
        assertThat(aroundTheFamily.path("counts").path("families").asLong()).isEqualTo(1);
        assertThat(aroundTheFamily.path("counts").path("offers").asLong()).as("the offer is on Harris").isZero();
        assertThat(ids(aroundTheFamily.path("families"))).containsExactly(familyId);
        assertThat(ids(aroundTheFamily.path("lines"))).containsExactly(proposalId);
        assertThat(ids(aroundTheFamily.path("offers"))).as("the line's other end, outside the area")
                .containsExactly(offerId);
        assertThat(aroundTheFamily.toString()).doesNotContain("Nadia", "CANARY", "Hazara", "address");

        JsonNode aroundTheOffer = caseworker.get("/api/map?zoom=10&" + HS3).json();
        assertThat(aroundTheOffer.path("counts").path("offers").asLong()).isEqualTo(1);
        assertThat(ids(aroundTheOffer.path("offers"))).containsExactly(offerId);
        assertThat(ids(aroundTheOffer.path("families"))).containsExactly(familyId);
        assertThat(ids(aroundTheOffer.path("lines"))).containsExactly(proposalId);

        JsonNode critical = caseworker.get("/api/map?zoom=10&urgency=CRITICAL&" + HS1).json();
        assertThat(critical.path("counts").path("families").asLong()).as("the family is HIGH").isZero();
        assertThat(critical.path("families").size() + critical.path("lines").size()).isZero();
    }

    @Test
    void aLivePlacementsEndsAreCountedAndPinnedOnlyInTheirOwnArea() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        Proposed proposed = proposed(caseworker, "KW16 3AA", "KW15 1AA");
        String familyId = proposed.familyId();
        String offerId = proposed.offerId();
        String placementId = caseworker.postJson("/api/matching/proposals/" + proposed.proposalId() + "/approve",
                Map.of()).json().path("id").asText();

        JsonNode aroundTheOffer = caseworker.get("/api/map?zoom=10&" + KW15).json();
        assertThat(aroundTheOffer.path("counts").path("offers").asLong()).as("the placed offer is here").isEqualTo(1);
        assertThat(aroundTheOffer.path("counts").path("families").asLong()).as("its family is in Stromness").isZero();
        assertThat(aroundTheOffer.path("offers")).singleElement().satisfies(offer -> {
            assertThat(offer.path("id").asText()).isEqualTo(offerId);
            assertThat(offer.path("status").asText()).isEqualTo("PLACED");
        });
        assertThat(ids(aroundTheOffer.path("families"))).as("the line's other end").containsExactly(familyId);
        assertThat(ids(aroundTheOffer.path("lines"))).containsExactly(placementId);

        JsonNode aroundTheFamily = caseworker.get("/api/map?zoom=10&" + KW16).json();
        assertThat(aroundTheFamily.path("counts").path("families").asLong()).isEqualTo(1);
        assertThat(aroundTheFamily.path("counts").path("offers").asLong()).isZero();
        assertThat(ids(aroundTheFamily.path("families"))).containsExactly(familyId);
        assertThat(ids(aroundTheFamily.path("lines"))).containsExactly(placementId);

        JsonNode critical = caseworker.get("/api/map?zoom=10&urgency=CRITICAL&" + KW16).json();
        assertThat(critical.path("counts").path("families").asLong()).as("the placed family is HIGH").isZero();
        assertThat(critical.path("families").size() + critical.path("lines").size()).isZero();
        JsonNode far = caseworker.get("/api/map?zoom=10&" + HS1).json();
        assertThat(ids(far.path("families"))).doesNotContain(familyId);
        assertThat(ids(far.path("offers"))).doesNotContain(offerId);
    }

    @Test
    void manyFamiliesAreCountedPerCellAndZoomedInOnlyTheFirstArePinned() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String tag = "MAP" + UUID.randomUUID().toString().substring(0, 6);
        int critical = 0;
        List<String> lines = new ArrayList<>(List.of("familyRef,urgency,firstName,age,sex,relationship,languages,"
                + "preferredPostcode,maxDistanceKm,neededFrom,expectedStayMonths,status"));
        for (int i = 0; i < CaseworkerMap.MAX_PINS + 20; i++) {
            String urgency = i % 10 == 0 ? "CRITICAL" : "NORMAL";
            critical += i % 10 == 0 ? 1 : 0;
            lines.add(String.join(",", tag + "-" + i, urgency, "Person", "30", "F", "LEAD", "fa", "ZE1 0AA", "40",
                    LocalDate.now().plusDays(10).toString(), "12", "READY"));
        }
        Response imported = caseworker.postFile("/api/import/families", "file", "families.csv", "text/csv",
                (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        // The import runs in the background: the map is asked once it has ended.
        assertThat(ImportFixtures.awaitEnd(caseworker, imported).path("status").asText()).isEqualTo("DONE");
        int families = CaseworkerMap.MAX_PINS + 20;
        try {
            JsonNode country = caseworker.get("/api/map?zoom=6&" + ZE1).json();
            assertThat(country.path("clustered").asBoolean()).isTrue();
            assertThat(country.path("counts").path("families").asLong()).isEqualTo(families);
            assertThat(country.path("families").size() + country.path("offers").size()).as("no pins").isZero();
            assertThat(country.path("clusters")).hasSize(1);
            JsonNode cluster = country.path("clusters").get(0);
            assertThat(cluster.path("families").asLong()).isEqualTo(families);
            assertThat(cluster.path("offers").asLong()).isZero();
            assertThat(cluster.path("lat").asDouble()).isBetween(60.05, 60.25);
            assertThat(cluster.path("south").asDouble()).isLessThanOrEqualTo(cluster.path("lat").asDouble());

            JsonNode street = caseworker.get("/api/map?zoom=" + CaseworkerMap.PINS_FROM_ZOOM + "&" + ZE1).json();
            assertThat(street.path("clustered").asBoolean()).isFalse();
            assertThat(street.path("truncated").asBoolean()).isTrue();
            assertThat(street.path("families")).hasSize(CaseworkerMap.MAX_PINS);

            JsonNode urgent = caseworker.get("/api/map?zoom=6&urgency=CRITICAL&" + ZE1).json();
            assertThat(urgent.path("clustered").asBoolean()).as("few enough to pin").isFalse();
            assertThat(urgent.path("families")).hasSize(critical)
                    .allSatisfy(family -> assertThat(family.path("urgency").asText()).isEqualTo("CRITICAL"));
        } finally {
            // Other tests run matching on every waiting family: these must not wait for them.
            // (The import gives them references of Haven's own, so they are found by their place.)
            jdbc.update("update family_case set status = 'CLOSED', matchable = false where matchable = true"
                    + " and lat between 60.05 and 60.25 and lon between -1.30 and -1.05");
        }
    }

    @Test
    void aBadAreaOrZoomIsRefusedAndAHostIsNotLetIn() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        for (String query : List.of("zoom=23", "zoom=-1", "zoom=x", "south=1&west=2&north=3",
                "south=10&west=0&north=5&east=1", "south=0&west=10&north=1&east=5", "south=-91&west=0&north=1&east=1",
                "south=0&west=0&north=1&east=181", "south=abc&west=0&north=1&east=1", "urgency=SOON")) {
            Response answer = caseworker.get("/api/map?" + query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(query).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
        assertThat(testAccounts.signedIn(Role.HOST).get("/api/map?zoom=6").status()).isIn(403, 404);
    }

    @Test
    void noAnswerHasMoreCellsThanTheBoundWhateverTheAreaAndZoom() {
        for (int zoom = 0; zoom <= MapRequest.MAX_ZOOM; zoom++) {
            double size = CaseworkerMap.cellSize(MapArea.EVERYWHERE, zoom);
            assertThat((180 / size + 1) * (360 / size + 1)).as("zoom " + zoom).isLessThanOrEqualTo(CaseworkerMap.MAX_CELLS);
        }
        assertThat(CaseworkerMap.cellSize(new MapArea(51, -1, 52, 0), 10))
                .as("a small area keeps the zoom's own cells").isEqualTo(90.0 / 1024);
    }
}
