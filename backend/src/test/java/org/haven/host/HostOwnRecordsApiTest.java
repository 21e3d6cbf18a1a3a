package org.haven.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.host.HostApiFixtures.household;
import static org.haven.host.HostApiFixtures.newHost;
import static org.haven.host.HostApiFixtures.offer;

import java.time.LocalDate;
import java.util.List;
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

@HttpTest
class HostOwnRecordsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void anOfferWithoutAMinimumStayHasNone() {
        ApiClient host = HostApiFixtures.newHost(port, "no-minimum-host");
        Map<String, Object> offer = offer("SE15 4AA");
        offer.put("minimumStayMonths", null);

        var created = host.postJson("/api/host/offers", offer);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("minimumStayMonths").asInt()).isZero();
    }

    @Test
    void aNewHostStartsVettingWithEveryCheckPending() {
        ApiClient host = newHost(port, "new-host");

        JsonNode vetting = host.get("/api/host/vetting").json();

        assertThat(vetting.path("status").asText()).isEqualTo("APPLIED");
        assertThat(vetting.path("pending")).extracting(JsonNode::asText)
                .containsExactly("IDENTITY", "HOME_VISIT", "DBS", "REFERENCES", "TRAINING");
        assertThat(host.get("/api/host/household").json().path("adults")).isEmpty();
    }

    @Test
    void aHostDescribesTheirHousehold() {
        ApiClient host = newHost(port, "household-host");

        Response saved = host.send("PUT", "/api/host/household", household());

        assertThat(saved.status()).isEqualTo(200);
        JsonNode again = host.get("/api/host/household").json();
        assertThat(again.path("adults")).hasSize(2);
        assertThat(again.path("children").get(0).path("age").asInt()).isEqualTo(8);
        assertThat(again.path("languages")).extracting(JsonNode::asText).containsExactly("en", "fa");
        assertThat(again.path("petKinds")).extracting(JsonNode::asText).containsExactly("cat");
    }

    @Test
    void aHouseholdWithoutAnAdultIsRefusedWithAFieldErrorAndNotSaved() {
        ApiClient host = newHost(port, "childless-adults-host");
        Map<String, Object> onlyChildren = household();
        onlyChildren.put("adults", List.of());

        Response refused = host.send("PUT", "/api/host/household", onlyChildren);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:haven:problem:validation-failed");
        assertThat(refused.fieldCode("adults")).contains("household-no-adult");
        assertThat(host.get("/api/host/household").json().path("children")).isEmpty();
    }

    @Test
    void anImpossibleHouseholdIsExplainedFieldByFieldAndNotSaved() {
        ApiClient host = newHost(port, "bad-household");
        Map<String, Object> household = household();
        household.put("adults", List.of(Map.of("sex", "F", "age", 12)));
        household.put("children", List.of(Map.of("sex", "Q", "age", 8)));
        Map<String, Object> wrongAges = household();
        wrongAges.put("adults", List.of(Map.of("sex", "F", "age", 12)));
        wrongAges.put("languages", List.of("en", "xx"));
        wrongAges.put("petKinds", List.of());

        Response unknownSex = host.send("PUT", "/api/host/household", household);
        Response refused = host.send("PUT", "/api/host/household", wrongAges);

        assertThat(unknownSex.status()).isEqualTo(400);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.fieldCode("adults[0].age")).contains("out-of-range");
        assertThat(refused.fieldCode("languages")).contains("invalid-value");
        assertThat(refused.fieldCode("petKinds")).contains("required");
        assertThat(host.get("/api/host/household").json().path("adults")).isEmpty();
    }

    @Test
    void aHostOffersARoomAndSeesItWaitingForVetting() {
        ApiClient host = newHost(port, "offering-host");

        Response created = host.postJson("/api/host/offers", offer("se15 4aa"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode offer = created.json();
        assertThat(offer.path("status").asText()).isEqualTo("AVAILABLE");
        assertThat(offer.path("hostStatus").asText()).isEqualTo("APPLIED");
        assertThat(offer.path("postcode").asText()).isEqualTo("SE15 4AA");
        assertThat(offer.path("lat").asDouble()).isBetween(51.43, 51.50);
        assertThat(offer.path("lon").asDouble()).isBetween(-0.10, -0.03);
        assertThat(host.get("/api/host/offers").json()).extracting(o -> o.path("id").asText())
                .containsExactly(offer.path("id").asText());
    }

    @Test
    void theFullAddressIsStoredEncrypted() {
        ApiClient host = newHost(port, "private-host");
        String id = host.postJson("/api/host/offers", offer("SE15 4AA")).json().path("id").asText();

        String stored = jdbc.queryForObject("select address from offer where id = ?", String.class, UUID.fromString(id));

        assertThat(stored).startsWith("v1:").doesNotContain("Canary", "London", "14 Canary");
        assertThat(host.get("/api/host/offers/" + id).json().path("address").asText())
                .isEqualTo("14 Canary Lane, London SE15 4AA");
    }

    @Test
    void badOffersAreExplainedAndNothingIsSaved() {
        ApiClient host = newHost(port, "careless-host");
        Map<String, Object> nowhere = offer("ZZ99 9ZZ");
        Map<String, Object> both = offer("SE15 4AA");
        both.put("place", "Leeds");
        Map<String, Object> badDates = offer("SE15 4AA");
        badDates.put("availableFrom", LocalDate.now().minusDays(1).toString());
        badDates.put("availableUntil", LocalDate.now().minusDays(2).toString());
        Map<String, Object> reserved = offer("SE15 4AA");
        reserved.put("status", "RESERVED");
        reserved.put("bedrooms", 0);

        assertThat(host.postJson("/api/host/offers", nowhere).fieldCode("postcode")).contains("location-not-found");
        assertThat(host.postJson("/api/host/offers", both).fieldCode("postcode")).contains("required");
        Response dates = host.postJson("/api/host/offers", badDates);
        assertThat(dates.fieldCode("availableFrom")).contains("date-not-future");
        assertThat(dates.fieldCode("availableUntil")).contains("date-before-start");
        assertThat(host.postJson("/api/host/offers", reserved).fieldCode("bedrooms")).contains("out-of-range");
        reserved.put("bedrooms", 1);
        assertThat(host.postJson("/api/host/offers", reserved).fieldCode("status")).contains("invalid-value");
        Map<String, Object> turnedRound = offer("SE15 4AA");
        turnedRound.put("title", "Room \u202Emoor\u202C in Peckham");
        assertThat(host.postJson("/api/host/offers", turnedRound).fieldCode("title")).contains("direction-controls");
        assertThat(host.get("/api/host/offers").json()).isEmpty();
    }

    @Test
    void aHostCanNeitherSeeNorChangeAnotherHostsOffer() {
        ApiClient hostA = newHost(port, "host-a");
        ApiClient hostB = newHost(port, "host-b");
        String offerOfA = hostA.postJson("/api/host/offers", offer("SE15 4AA")).json().path("id").asText();
        Map<String, Object> takeover = offer("SE15 4AA");
        takeover.put("title", "Taken over");

        assertThat(hostB.get("/api/host/offers/" + offerOfA).status()).isEqualTo(404);
        assertThat(hostB.send("PUT", "/api/host/offers/" + offerOfA, takeover).status()).isEqualTo(404);
        assertThat(hostB.send("DELETE", "/api/host/offers/" + offerOfA).status()).isEqualTo(404);
        assertThat(hostB.get("/api/host/offers").json()).isEmpty();
        JsonNode stillA = hostA.get("/api/host/offers/" + offerOfA).json();
        assertThat(stillA.path("title").asText()).isEqualTo("Double room in a quiet house");
        assertThat(stillA.path("status").asText()).isEqualTo("AVAILABLE");
    }

    @Test
    void aWithdrawnOfferIsKeptButCanNoLongerChange() {
        ApiClient host = newHost(port, "withdrawing-host");
        String id = host.postJson("/api/host/offers", offer("SE15 4AA")).json().path("id").asText();

        assertThat(host.send("DELETE", "/api/host/offers/" + id).status()).isEqualTo(204);

        assertThat(host.get("/api/host/offers/" + id).json().path("status").asText()).isEqualTo("WITHDRAWN");
        Response change = host.send("PUT", "/api/host/offers/" + id, offer("SE15 4AA"));
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.problemType()).isEqualTo("conflict");
    }

    @Test
    void onlyHostsReachTheHostEndpoints() {
        assertThat(new ApiClient(port).get("/api/host/household").status()).isEqualTo(401);
        for (Role role : new Role[] { Role.CASEWORKER, Role.ADMIN }) {
            ApiClient staff = new ApiClient(port);
            staff.login(testAccounts.create(role), TestAccounts.PASSWORD);
            assertThat(staff.get("/api/host/offers").status()).as(role.name()).isEqualTo(403);
            assertThat(staff.postJson("/api/host/offers", offer("SE15 4AA")).status()).isEqualTo(403);
        }
    }
}
