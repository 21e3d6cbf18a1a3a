package org.haven.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.host.HostApiFixtures.newHost;
import static org.haven.host.HostApiFixtures.offer;

import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An offer remembers how precisely its location is known, so that the host and the caseworker
 * can see when it is only the post town of a postcode area (docs/geo-data.md, "Known gaps").
 */
@HttpTest
class OfferLocationPrecisionApiTest {

    /** A Belfast postcode in a district the offline data does not know: only its area is found. */
    private static final String UNKNOWN_DISTRICT = "BT99 1AA";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aKnownDistrictIsADistrictAnywhereAndAnUnknownOneOnlyItsArea() {
        ApiClient host = newHost(port, "precision-host");

        JsonNode aberystwyth = host.postJson("/api/host/offers", offer("SY23 3AA")).json();
        JsonNode peckham = host.postJson("/api/host/offers", offer("SE15 4AA")).json();
        JsonNode unknown = host.postJson("/api/host/offers", offer(UNKNOWN_DISTRICT)).json();

        assertThat(aberystwyth.path("locationPrecision").asText()).isEqualTo("DISTRICT");
        assertThat(aberystwyth.path("locationLabel").asText()).startsWith("SY23 (near ").doesNotContain("Shrewsbury");
        assertThat(peckham.path("locationPrecision").asText()).isEqualTo("DISTRICT");
        assertThat(unknown.path("locationPrecision").asText()).isEqualTo("AREA");
        assertThat(unknown.path("locationLabel").asText()).isEqualTo("BT (Belfast)");
        assertThat(host.get("/api/host/offers/" + unknown.path("id").asText()).json()
                .path("locationPrecision").asText()).isEqualTo("AREA");
        assertThat(host.get("/api/host/offers").json())
                .extracting(o -> o.path("postcode").asText() + " " + o.path("locationPrecision").asText())
                .containsExactlyInAnyOrder("SY23 3AA DISTRICT", "SE15 4AA DISTRICT", UNKNOWN_DISTRICT + " AREA");
    }

    @Test
    void changingTheLocationChangesThePrecision() {
        ApiClient host = newHost(port, "precision-mover");
        String id = host.postJson("/api/host/offers", offer(UNKNOWN_DISTRICT)).json().path("id").asText();
        Map<String, Object> byTown = offer(UNKNOWN_DISTRICT);
        byTown.put("postcode", null);
        byTown.put("place", "Aberystwyth");

        Response moved = host.send("PUT", "/api/host/offers/" + id, byTown);

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("locationPrecision").asText()).isEqualTo("PLACE");
        assertThat(moved.json().path("locationLabel").asText()).isEqualTo("Aberystwyth");
        assertThat(jdbc.queryForObject("select location_precision from offer where id = ?", String.class,
                UUID.fromString(id))).isEqualTo("PLACE");
    }

    @Test
    void theCaseworkerSeesThePrecisionOfEachOfferOnTheHostsRecord() {
        ApiClient host = newHost(port, "precision-vetted");
        host.postJson("/api/host/offers", offer(UNKNOWN_DISTRICT));
        String hostId = host.get("/api/auth/me").json().path("id").asText();
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);

        JsonNode detail = caseworker.get("/api/hosts/" + hostId).json();

        assertThat(detail.path("offers")).singleElement()
                .satisfies(o -> assertThat(o.path("locationPrecision").asText()).isEqualTo("AREA"));
    }

    @Test
    void anOfferSavedBeforePrecisionWasRecordedAnswersNullUntilSavedAgain() {
        ApiClient host = newHost(port, "precision-legacy");
        Map<String, Object> request = offer(UNKNOWN_DISTRICT);
        String id = host.postJson("/api/host/offers", request).json().path("id").asText();
        // What V9 leaves for rows that existed before it: the geocoder cannot run in a migration.
        jdbc.update("update offer set location_precision = null where id = ?", UUID.fromString(id));

        assertThat(host.get("/api/host/offers/" + id).json().path("locationPrecision").isNull()).isTrue();
        assertThat(host.send("PUT", "/api/host/offers/" + id, request).json().path("locationPrecision").asText())
                .isEqualTo("AREA");
    }
}
