package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.placement.PlacementFixtures.proposeByHand;
import static org.haven.placement.PlacementFixtures.readyFamily;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.family.FamilyMatchingCatalogue;
import org.haven.family.FamilyStatus;
import org.haven.family.MatchableFamily;
import org.haven.family.Urgency;
import org.haven.host.HostApiFixtures;
import org.haven.host.HostMatchingCatalogue;
import org.haven.host.MatchableHosts;
import org.haven.host.OfferStatus;
import org.haven.host.VettingStatus;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One definition per rule (issue 13): "matching takes this family" and "matching may use this
 * offer" are decided once (FamilyRules.matchable, Offer.matchable) and stored. On a random mix of
 * cases (unknown ages and sexes, no adult, no dates, every status) and of offers (every offer
 * status × every vetting status the product can reach), the matching catalogues, the dashboard,
 * the map, the statistics and the caseworker's pair check all give the answer this test works out
 * on its own from what it sent, before and after members are edited, cases change status and
 * hosts' vetting changes. Subclasses run it on H2 and on PostgreSQL.
 */
abstract class MatchableAgreementTestBase {

    private static final String FAMILY_REFUSED = "This family is not waiting for a home";
    private static final String OFFER_REFUSED = "This offer is not available, or its host is not approved.";

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    FamilyMatchingCatalogue familyCatalogue;

    @Autowired
    HostMatchingCatalogue hostCatalogue;

    @Autowired
    PlatformTransactionManager transactions;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);

    /** What the test sent for a family: enough to work out whether matching should take it. */
    private static final class Family {
        FamilyStatus status;
        Map<String, Object> details;

        Family(FamilyStatus status, Map<String, Object> details) {
            this.status = status;
            this.details = details;
        }

        @SuppressWarnings("unchecked")
        boolean expected() {
            List<Map<String, Object>> members = (List<Map<String, Object>>) details.get("members");
            boolean complete = members.stream().allMatch(member -> member.get("age") != null && member.get("sex") != null);
            boolean adult = members.stream().anyMatch(member -> member.get("age") != null && (int) member.get("age") >= 18);
            return status == FamilyStatus.READY && complete && adult && details.get("neededFrom") != null
                    && details.get("expectedStayMonths") != null;
        }
    }

    private record Host(ApiClient client, String id) {
    }

    private final Map<String, Family> families = new LinkedHashMap<>();
    /** Families in a live placement: the map shows them too, as placements, not as waiting. */
    private final Set<String> placedFamilies = new HashSet<>();
    private final Map<String, OfferStatus> offerStatus = new LinkedHashMap<>();
    private final Map<String, String> offerHost = new HashMap<>();
    private final Map<String, VettingStatus> hostVetting = new HashMap<>();

    private ApiClient caseworker;

    @Test
    void theCataloguesTheDashboardTheMapTheStatisticsAndThePairCheckAgree() {
        caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        Host probeHost = host();
        vet(probeHost, VettingStatus.APPROVED);
        String probeOffer = offer(probeHost, "AVAILABLE");
        hostVetting.remove(probeHost.id()); // the probes stay as they are: not part of the mix
        offerStatus.remove(probeOffer);
        String probeFamily = readyFamily(caseworker);

        for (int i = 0; i < 24; i++) {
            randomFamily();
        }
        for (VettingStatus vetting : VettingStatus.values()) {
            hostWithEveryOfferStatus(vetting);
        }

        assertAgreement(admin, probeFamily, probeOffer);

        // Members and dates edited, cases moved, hosts' vetting changed: every answer follows.
        for (Map.Entry<String, Family> entry : families.entrySet()) {
            Family family = entry.getValue();
            if (family.status == FamilyStatus.READY && random.nextBoolean()) {
                edit(entry.getKey(), family);
            } else if (family.status == FamilyStatus.READY && random.nextInt(3) == 0) {
                move(entry.getKey(), family, FamilyStatus.TRIAGE);
            } else if (family.status == FamilyStatus.TRIAGE && random.nextBoolean()) {
                move(entry.getKey(), family, FamilyStatus.READY);
            }
        }
        for (Map.Entry<String, VettingStatus> host : new ArrayList<>(hostVetting.entrySet())) {
            if (host.getValue() == VettingStatus.APPROVED) {
                vet(host.getKey(), VettingStatus.PAUSED);
            } else if (host.getValue() == VettingStatus.PAUSED) {
                vet(host.getKey(), VettingStatus.APPROVED);
            }
        }

        assertAgreement(admin, probeFamily, probeOffer);
    }

    // --- what the test builds, through the API ---

    private Map<String, Object> randomDetails() {
        while (true) {
            Map<String, Object> details = FamilyApiFixtures.family();
            details.put("urgency", Urgency.values()[random.nextInt(Urgency.values().length)].name());
            List<Map<String, Object>> members = new ArrayList<>();
            int size = 1 + random.nextInt(4);
            for (int i = 0; i < size; i++) {
                Integer age = random.nextInt(6) == 0 ? null : List.of(4, 12, 17, 18, 35, 60).get(random.nextInt(6));
                String sex = random.nextInt(6) == 0 ? null : List.of("F", "M", "X").get(random.nextInt(3));
                members.add(FamilyApiFixtures.member("Person" + i, age, sex, i == 0 ? "LEAD" : "OTHER_RELATIVE"));
            }
            details.put("members", members);
            if (random.nextInt(6) == 0) {
                details.put("neededFrom", null);
            }
            if (random.nextInt(6) == 0) {
                details.put("expectedStayMonths", null);
            }
            boolean allKnown = members.stream().allMatch(member -> member.get("age") != null);
            boolean adult = members.stream().anyMatch(member -> member.get("age") != null && (int) member.get("age") >= 18);
            if (!allKnown || adult) { // everyone's age known and no adult: the API refuses it (children's services)
                return details;
            }
        }
    }

    private void randomFamily() {
        FamilyStatus target = List.of(FamilyStatus.INTAKE_PENDING, FamilyStatus.TRIAGE, FamilyStatus.READY,
                FamilyStatus.READY, FamilyStatus.CLOSED).get(random.nextInt(5));
        if (target == FamilyStatus.READY) {
            // READY first with everything, then edited (perhaps losing an age, a sex or a date).
            String id = readyFamily(caseworker);
            Family family = new Family(FamilyStatus.READY, FamilyApiFixtures.family());
            families.put(id, family);
            edit(id, family);
            return;
        }
        Map<String, Object> details = randomDetails();
        Response created = caseworker.postJson("/api/families", details);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        Family family = new Family(FamilyStatus.TRIAGE, details);
        families.put(id, family);
        if (target == FamilyStatus.INTAKE_PENDING) {
            assertThat(caseworker.postJson("/api/families/" + id + "/intake-link", Map.of()).status()).isLessThan(300);
            family.status = FamilyStatus.INTAKE_PENDING;
        } else if (target == FamilyStatus.CLOSED) {
            move(id, family, FamilyStatus.CLOSED);
        }
    }

    private void edit(String id, Family family) {
        Map<String, Object> details = randomDetails();
        details.put("version", caseworker.get("/api/families/" + id).json().path("version").asLong());
        Response edited = caseworker.send("PUT", "/api/families/" + id, details);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        details.remove("version");
        family.details = details;
    }

    /** A caseworker's move; READY is refused (409) while something is missing, as the rule says. */
    private void move(String id, Family family, FamilyStatus target) {
        Response moved = caseworker.postJson("/api/families/" + id + "/status", Map.of("status", target.name()));
        if (target == FamilyStatus.READY && !new Family(FamilyStatus.READY, family.details).expected()) {
            assertThat(moved.status()).as(moved.body()).isEqualTo(409);
            return;
        }
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        family.status = target;
    }

    private Host host() {
        ApiClient client = HostApiFixtures.newHost(port, "matchable-host");
        String id = client.get("/api/auth/me").json().path("id").asText();
        client.send("PUT", "/api/host/household", HostApiFixtures.household());
        hostVetting.put(id, VettingStatus.APPLIED);
        return new Host(client, id);
    }

    private void vet(Host host, VettingStatus target) {
        if (target == VettingStatus.APPROVED && hostVetting.get(host.id()) == VettingStatus.APPLIED) {
            vet(host.id(), VettingStatus.CHECKS_IN_PROGRESS);
        }
        vet(host.id(), target);
    }

    private void vet(String hostId, VettingStatus target) {
        Map<String, Object> vetting = HostApiFixtures.allChecks(target.name());
        vetting.put("note", "Matchable agreement test");
        Response vetted = caseworker.send("PUT", "/api/hosts/" + hostId + "/vetting", vetting);
        assertThat(vetted.status()).as(vetted.body()).isEqualTo(200);
        hostVetting.put(hostId, target);
    }

    private String offer(Host host, String status) {
        Map<String, Object> offer = HostApiFixtures.offer("SE15 4AA");
        offer.put("bedrooms", 2);
        offer.put("maxGuests", 4);
        offer.put("status", status);
        Response created = host.client().postJson("/api/host/offers", offer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        offerStatus.put(id, OfferStatus.valueOf(status));
        offerHost.put(id, host.id());
        return id;
    }

    /** A READY family placed with the offer: reserved (family MATCHED), or moved in (OCCUPIED, PLACED). */
    private String place(Host host, String offerId, boolean moveIn) {
        String familyId = readyFamily(caseworker);
        Response approved = caseworker.postJson("/api/matching/proposals/" + proposeByHand(caseworker, familyId,
                offerId) + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        String placementId = approved.json().path("id").asText();
        offerStatus.put(offerId, OfferStatus.RESERVED);
        families.put(familyId, new Family(FamilyStatus.MATCHED, FamilyApiFixtures.family()));
        placedFamilies.add(familyId);
        if (moveIn) {
            host.client().postJson("/api/host/placements/" + placementId + "/accept", Map.of());
            caseworker.postJson("/api/placements/" + placementId + "/confirm", Map.of());
            Response movedIn = caseworker.postJson("/api/placements/" + placementId + "/move-in",
                    Map.of("date", LocalDate.now().minusDays(1).toString()));
            assertThat(movedIn.status()).as(movedIn.body()).isEqualTo(200);
            offerStatus.put(offerId, OfferStatus.OCCUPIED);
            families.get(familyId).status = FamilyStatus.PLACED;
        }
        return placementId;
    }

    /**
     * A host with an offer in each status it can have at this vetting status: DRAFT, AVAILABLE and
     * WITHDRAWN always; RESERVED and OCCUPIED (placements need an APPROVED host) for hosts approved
     * once (APPROVED, PAUSED, REJECTED and WITHDRAWN are reached from APPROVED here). The APPROVED
     * host also has a placement ended for a rematch: its family REMATCH, its offer AVAILABLE again.
     */
    private void hostWithEveryOfferStatus(VettingStatus vetting) {
        Host host = host();
        offer(host, "DRAFT");
        offer(host, "AVAILABLE");
        String withdrawn = offer(host, "AVAILABLE");
        assertThat(host.client().send("DELETE", "/api/host/offers/" + withdrawn, null).status()).isEqualTo(204);
        offerStatus.put(withdrawn, OfferStatus.WITHDRAWN);
        if (vetting == VettingStatus.APPLIED) {
            return;
        }
        if (vetting == VettingStatus.CHECKS_IN_PROGRESS) {
            vet(host.id(), VettingStatus.CHECKS_IN_PROGRESS);
            return;
        }
        vet(host, VettingStatus.APPROVED);
        place(host, offer(host, "AVAILABLE"), false);
        place(host, offer(host, "AVAILABLE"), true);
        if (vetting == VettingStatus.APPROVED) {
            String rematchOffer = offer(host, "AVAILABLE");
            String placementId = place(host, rematchOffer, true);
            String familyId = families.keySet().stream().reduce((first, second) -> second).orElseThrow();
            Response ended = caseworker.postJson("/api/placements/" + placementId + "/end", Map.of("date",
                    LocalDate.now().toString(), "reason", "PLANNED", "rematch", true));
            assertThat(ended.status()).as(ended.body()).isEqualTo(200);
            offerStatus.put(rematchOffer, OfferStatus.AVAILABLE);
            families.get(familyId).status = FamilyStatus.REMATCH;
            placedFamilies.remove(familyId);
        } else {
            vet(host.id(), vetting);
        }
    }

    // --- what each reader answers ---

    private boolean offerExpected(String offerId) {
        return offerStatus.get(offerId) == OfferStatus.AVAILABLE
                && hostVetting.get(offerHost.get(offerId)) == VettingStatus.APPROVED;
    }

    private void assertAgreement(ApiClient admin, String probeFamily, String probeOffer) {
        String why = "random seed " + seed;
        // However the dice fell, at least one family of the mix waits for a home.
        families.put(readyFamily(caseworker), new Family(FamilyStatus.READY, FamilyApiFixtures.family()));
        Set<String> expectedFamilies = families.entrySet().stream().filter(entry -> entry.getValue().expected())
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        Set<String> expectedOffers = offerStatus.keySet().stream().filter(this::offerExpected)
                .collect(Collectors.toSet());
        assertThat(expectedFamilies).as("the mix has families matching takes and does not").isNotEmpty()
                .hasSizeLessThan(families.size());
        assertThat(expectedOffers).as("the mix has offers matching may use and may not").isNotEmpty()
                .hasSizeLessThan(offerStatus.size());

        // The matching catalogues: a run's whole lists, and one family or offer at a time.
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.setReadOnly(true);
        Map<Urgency, Long> catalogueByUrgency = new EnumMap<>(Urgency.class);
        int[] catalogueOffers = new int[1];
        transaction.executeWithoutResult(status -> {
            List<MatchableFamily> ready = familyCatalogue.readyFamilies();
            assertThat(ids(ready.stream().map(MatchableFamily::id))).as(why).filteredOn(families::containsKey)
                    .containsExactlyInAnyOrderElementsOf(expectedFamilies);
            ready.forEach(family -> catalogueByUrgency.merge(family.urgency(), 1L, Long::sum));
            families.keySet().forEach(id -> assertThat(familyCatalogue.readyFamily(UUID.fromString(id)).isPresent())
                    .as(why + ": family " + id).isEqualTo(expectedFamilies.contains(id)));
            MatchableHosts available = hostCatalogue.approvedHostsWithAvailableOffers();
            catalogueOffers[0] = available.offers().size();
            assertThat(ids(available.offers().stream().map(MatchableHosts.MatchableOffer::id))).as(why)
                    .filteredOn(offerStatus::containsKey).containsExactlyInAnyOrderElementsOf(expectedOffers);
            offerStatus.keySet().forEach(id -> assertThat(hostCatalogue.availableOffer(UUID.fromString(id)).isPresent())
                    .as(why + ": offer " + id).isEqualTo(expectedOffers.contains(id)));
        });

        // The dashboard counts what the catalogue lists; the statistics count the same.
        JsonNode dashboard = caseworker.get("/api/dashboard").json();
        JsonNode stats = admin.get("/api/admin/stats").json();
        for (Urgency urgency : Urgency.values()) {
            long catalogue = catalogueByUrgency.getOrDefault(urgency, 0L);
            int shown = 0;
            for (JsonNode level : dashboard.path("familiesWaiting")) {
                if (level.path("urgency").asText().equals(urgency.name())) {
                    shown = level.path("count").asInt();
                }
            }
            assertThat(shown).as(why + ": dashboard, " + urgency).isEqualTo(catalogue);
            assertThat(stats.path("waitingByUrgency").path(urgency.name()).asLong()).as(why + ": statistics, " + urgency)
                    .isEqualTo(catalogue);
        }
        int statsOffers = 0;
        for (JsonNode area : stats.path("availableByArea")) {
            statsOffers += area.path("offers").asInt();
        }
        assertThat(statsOffers).as(why + ": statistics' available offers").isEqualTo(catalogueOffers[0]);

        // The map: waiting families (live placements' families show as placements), available offers.
        JsonNode map = caseworker.get(PlacementFixtures.SE15_MAP).json();
        Set<String> onMap = new HashSet<>();
        map.path("families").forEach(family -> onMap.add(family.path("id").asText()));
        assertThat(onMap).as(why + ": map families").filteredOn(families::containsKey)
                .filteredOn(id -> !placedFamilies.contains(id)).containsExactlyInAnyOrderElementsOf(expectedFamilies);
        Set<String> availableOnMap = new HashSet<>();
        map.path("offers").forEach(offer -> {
            if (offer.path("status").asText().equals("AVAILABLE")) {
                availableOnMap.add(offer.path("id").asText());
            }
        });
        assertThat(availableOnMap).as(why + ": map offers").filteredOn(offerStatus::containsKey)
                .containsExactlyInAnyOrderElementsOf(expectedOffers);

        // The caseworker's pair check (a proposal by hand) refuses exactly the others.
        for (String familyId : families.keySet()) {
            Response proposed = caseworker.postJson("/api/matching/proposals",
                    Map.of("familyId", familyId, "offerId", probeOffer));
            assertThat(proposed.body().contains(FAMILY_REFUSED)).as(why + ": pair check, family " + familyId + " "
                    + proposed.body()).isEqualTo(!expectedFamilies.contains(familyId));
        }
        for (String offerId : offerStatus.keySet()) {
            Response proposed = caseworker.postJson("/api/matching/proposals",
                    Map.of("familyId", probeFamily, "offerId", offerId));
            assertThat(proposed.body().contains(OFFER_REFUSED)).as(why + ": pair check, offer " + offerId + " "
                    + proposed.body()).isEqualTo(!expectedOffers.contains(offerId));
        }
    }

    private static List<String> ids(java.util.stream.Stream<UUID> ids) {
        return ids.map(UUID::toString).toList();
    }
}
