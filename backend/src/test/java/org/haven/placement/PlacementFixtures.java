package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.haven.family.FamilyApiFixtures;
import org.haven.host.HostApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;

/** A host with an offer, families, proposals and placements made through the API. */
public final class PlacementFixtures {

    private PlacementFixtures() {
    }

    /**
     * The map zoomed in as far as it goes (pins, never clusters) around SE15, where the fixtures'
     * families and offers are: far from the imported families of other tests (Leeds, London's centre).
     */
    public static final String SE15_MAP = "/api/map?zoom=22&south=51.45&west=-0.10&north=51.50&east=-0.03";

    /** A new host, APPROVED, with the fixture household and a 2-bedroom offer for 4 near SE15. */
    public record HostWithOffer(ApiClient host, String hostId, String offerId) {
    }

    public static HostWithOffer approvedHostWithOffer(int port, ApiClient caseworker, Map<String, Object> changes) {
        ApiClient host = HostApiFixtures.newHost(port, "placement-host");
        String hostId = host.get("/api/auth/me").json().path("id").asText();
        host.send("PUT", "/api/host/household", HostApiFixtures.household());
        Map<String, Object> offer = HostApiFixtures.offer("SE15 4AA");
        offer.put("bedrooms", 2);
        offer.put("maxGuests", 4);
        offer.putAll(changes);
        String offerId = host.postJson("/api/host/offers", offer).json().path("id").asText();
        // Every check recorded: approved in one save (through CHECKS_IN_PROGRESS, as the history shows).
        assertThat(caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", HostApiFixtures.allChecks("APPROVED"))
                .status()).isEqualTo(200);
        return new HostWithOffer(host, hostId, offerId);
    }

    /** The fixture family (a couple and two young children), READY. */
    public static String readyFamily(ApiClient caseworker) {
        String id = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        assertThat(caseworker.postJson("/api/families/" + id + "/status", Map.of("status", "READY")).status())
                .isEqualTo(200);
        return id;
    }

    public static String proposeByHand(ApiClient caseworker, String familyId, String offerId) {
        Response proposal = caseworker.postJson("/api/matching/proposals",
                Map.of("familyId", familyId, "offerId", offerId));
        assertThat(proposal.status()).as(proposal.body()).isEqualTo(201);
        return proposal.json().path("id").asText();
    }

    /**
     * {@code rounds} times: the host offers one more room, and as many caseworkers as there are
     * clients approve one proposal each for it, for as many different families, at the same moment.
     * Returns the statuses of each round. Families that lost a round wait for the next one.
     */
    public static List<List<Integer>> raceRounds(ApiClient lead, HostWithOffer host, List<ApiClient> caseworkers,
            int rounds) throws Exception {
        Map<String, Object> room = HostApiFixtures.offer("SE15 4AA");
        room.put("bedrooms", 2);
        room.put("maxGuests", 4);
        List<String> waiting = new ArrayList<>();
        List<List<Integer>> results = new ArrayList<>();
        // The set-up of each round (a family, twenty proposals) goes out on four threads: one
        // client thread at a time would keep one of the server's two cores idle.
        ExecutorService setUp = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < rounds; round++) {
                String offerId = host.host().postJson("/api/host/offers", room).json().path("id").asText();
                List<Future<String>> newFamilies = new ArrayList<>();
                for (int i = waiting.size(); i < caseworkers.size(); i++) {
                    newFamilies.add(setUp.submit(() -> readyFamily(lead)));
                }
                for (Future<String> family : newFamilies) {
                    waiting.add(family.get());
                }
                List<Future<String>> proposed = new ArrayList<>();
                for (String family : waiting) {
                    proposed.add(setUp.submit(() -> proposeByHand(lead, family, offerId)));
                }
                List<String> proposals = new ArrayList<>();
                for (Future<String> proposal : proposed) {
                    proposals.add(proposal.get());
                }
                List<Integer> statuses = approveAtOnce(caseworkers, proposals);
                results.add(statuses);
                int winner = statuses.indexOf(201);
                if (winner >= 0) {
                    waiting.remove(winner);
                }
            }
        } finally {
            setUp.shutdownNow();
        }
        return results;
    }

    /**
     * {@code approvals} caseworkers approve proposals for the same offer at the same moment (one
     * proposal each, one family each); returns the statuses they got.
     */
    public static List<Integer> approveAtOnce(List<ApiClient> caseworkers, List<String> proposalIds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(caseworkers.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < caseworkers.size(); i++) {
                ApiClient caseworker = caseworkers.get(i);
                String proposalId = proposalIds.get(i);
                Callable<Integer> approve = () -> {
                    start.await();
                    return caseworker.postJson("/api/matching/proposals/" + proposalId + "/approve", Map.of()).status();
                };
                answers.add(pool.submit(approve));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
