package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.family.FamilyApiFixtures;
import org.haven.host.HostApiFixtures;
import org.haven.testing.ApiClient;

/** Hosts, offers and families made through the API, ready for matching. */
final class MatchingApiFixtures {

    private MatchingApiFixtures() {
    }

    /** A new APPROVED host with the fixture household and one AVAILABLE offer; returns the offer's id. */
    static String approvedHostWithOffer(int port, ApiClient caseworker, Map<String, Object> offer) {
        ApiClient host = HostApiFixtures.newHost(port, "matching-host");
        String hostId = host.get("/api/auth/me").json().path("id").asText();
        assertThat(host.send("PUT", "/api/host/household", HostApiFixtures.household()).status()).isEqualTo(200);
        JsonNode created = host.postJson("/api/host/offers", offer).json();
        // Every check recorded: approved in one save (through CHECKS_IN_PROGRESS, as the history shows).
        assertThat(caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", HostApiFixtures.allChecks("APPROVED"))
                .status()).isEqualTo(200);
        return created.path("id").asText();
    }

    /** The fixture offer near SE15 with room for the fixture family (2 bedrooms, 4 guests). */
    static Map<String, Object> roomForFour() {
        Map<String, Object> offer = HostApiFixtures.offer("SE15 4AA");
        offer.put("bedrooms", 2);
        offer.put("maxGuests", 4);
        return offer;
    }

    /** A READY family made from {@code body}; returns its id. */
    static String readyFamily(ApiClient caseworker, Map<String, Object> body) {
        String id = caseworker.postJson("/api/families", body).json().path("id").asText();
        assertThat(caseworker.postJson("/api/families/" + id + "/status", Map.of("status", "READY")).status())
                .isEqualTo(200);
        return id;
    }

    /** Nine adults: too many for any fixture offer (H1) and for its bedrooms (H2). */
    static Map<String, Object> largeFamily() {
        Map<String, Object> family = FamilyApiFixtures.family();
        List<Map<String, Object>> members = new java.util.ArrayList<>();
        members.add(FamilyApiFixtures.member("Lead", 40, "M", "LEAD"));
        for (int i = 0; i < 8; i++) {
            members.add(FamilyApiFixtures.member("Relative" + i, 30 + i, i % 2 == 0 ? "F" : "M", "OTHER_RELATIVE"));
        }
        family.put("members", members);
        return family;
    }

    /** Polls the run until it is no longer SOLVING. */
    static JsonNode awaitEnd(ApiClient caseworker, String runId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = caseworker.get("/api/matching/runs/" + runId).json();
            if (!"SOLVING".equals(run.path("status").asText())) {
                return run;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Run " + runId + " still solving after 60 s");
    }
}
