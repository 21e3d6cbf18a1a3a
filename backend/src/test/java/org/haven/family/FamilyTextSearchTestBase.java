package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.shared.crypto.SearchKey;
import org.haven.testing.ApiClient;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family text search (GET /api/families?q=) finds a case by the start of its reference, in any
 * case, with or without its "F-", or by a member's whole first name, and the filters still apply.
 * Its two ways of reading (the matches by index when few, one pass over the list when many) give
 * the same answers. Subclasses run it on H2 and on PostgreSQL.
 */
abstract class FamilyTextSearchTestBase {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    FamilyCaseRepository families;

    @Autowired
    TransactionTemplate transactions;

    private ApiClient caseworker;

    @BeforeEach
    void signIn() {
        caseworker = testAccounts.signedIn(Role.CASEWORKER);
    }

    /** A new case whose lead has a first name no other case has; returns its id and reference. */
    private JsonNode newCase(String leadName) {
        Map<String, Object> family = FamilyApiFixtures.family();
        family.put("members", new ArrayList<>(List.of(FamilyApiFixtures.member(leadName, 30, "F", "LEAD"))));
        JsonNode created = caseworker.postJson("/api/families", family).json();
        return caseworker.get("/api/families/" + created.path("id").asText()).json();
    }

    private List<String> found(String query) {
        return caseworker.get("/api/families?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).json()
                .path("items").findValuesAsText("id");
    }

    private static String uniqueName() {
        Random random = new Random();
        StringBuilder name = new StringBuilder("Searchname");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    @Test
    void aReferenceIsFoundByItsStartInAnyCaseWithOrWithoutItsF() {
        JsonNode family = newCase(uniqueName());
        String id = family.path("id").asText();
        String reference = family.path("reference").asText();
        assertThat(reference).startsWith("F-");
        String code = reference.substring(2);

        for (String query : List.of(reference, reference.toLowerCase(Locale.ROOT), "  " + code + " ",
                code.substring(0, 3).toLowerCase(Locale.ROOT), "f-" + code.substring(0, 4))) {
            assertThat(found(query)).as(query).contains(id);
        }
        assertThat(found(code + "X")).as("a longer text than the reference").doesNotContain(id);
    }

    @Test
    void aMembersWholeFirstNameFindsTheCaseAndTheFiltersStillApply() {
        String name = uniqueName();
        String id = newCase(name).path("id").asText();

        assertThat(found(name.toUpperCase(Locale.ROOT))).containsExactly(id);
        assertThat(found(name.substring(0, name.length() - 1))).as("whole names only").doesNotContain(id);
        String query = URLEncoder.encode(name, StandardCharsets.UTF_8);
        assertThat(caseworker.get("/api/families?status=TRIAGE&urgency=HIGH&q=" + query).json().path("items")
                .findValuesAsText("id")).containsExactly(id);
        assertThat(caseworker.get("/api/families?status=READY&q=" + query).json().path("totalItems").asInt())
                .isZero();
        assertThat(caseworker.get("/api/families?urgency=CRITICAL&q=" + query).json().path("totalItems").asInt())
                .isZero();
    }

    @Test
    void aTextNobodyMatchesFindsNothing() {
        JsonNode answer = caseworker.get("/api/families?q=" + UUID.randomUUID()).json();
        assertThat(answer.path("totalItems").asInt()).isZero();
        assertThat(answer.path("items")).isEmpty();
    }

    /**
     * Every way the search reads its matches (by the name's index, by the reference's, by the ids
     * found, in one pass over the list) answers as the one pass does, page and count, for texts of
     * every kind, on whatever the database holds.
     */
    @Test
    void everyWayOfReadingTheMatchesAnswersAlike() {
        String name = uniqueName();
        String reference = newCase(name).path("reference").asText();
        newCase(uniqueName());
        PageRequest page = PageRequest.of(0, 100, Sort.by("urgency", "createdAt", "id"));
        PageRequest all = PageRequest.of(0, 100_000);
        for (String text : List.of(reference, reference.substring(2, 4), "F-", "2", name, "Nadia", "nobody-at-all")) {
            transactions.executeWithoutResult(status -> {
                String start = ReferenceSearch.startOf(text);
                SearchKey key = SearchKey.of(text);
                List<UUID> byReference = families.findIdsByReferenceStart(start, all);
                List<UUID> byName = families.findIdsByMemberName(key, all);
                Page<FamilyCase> onePass = families.search(null, null, start, key, page);
                Set<UUID> matches = new HashSet<>(byReference);
                matches.addAll(byName);
                assertThat(onePass.getTotalElements()).as(text).isEqualTo(matches.size());
                if (!matches.isEmpty()) {
                    assertThat(ids(families.searchAmong(matches, null, null, page))).as(text).isEqualTo(ids(onePass));
                }
                if (byReference.isEmpty()) {
                    Page<FamilyCase> byNameOnly = families.searchByMemberName(null, null, key, page);
                    assertThat(ids(byNameOnly)).as(text).isEqualTo(ids(onePass));
                    assertThat(byNameOnly.getTotalElements()).as(text).isEqualTo(onePass.getTotalElements());
                }
                if (byName.isEmpty()) {
                    Page<FamilyCase> byReferenceOnly = families.searchByReferenceStart(null, null, start, page);
                    assertThat(ids(byReferenceOnly)).as(text).isEqualTo(ids(onePass));
                    assertThat(byReferenceOnly.getTotalElements()).as(text).isEqualTo(onePass.getTotalElements());
                }
            });
        }
    }

    /**
     * Without a text, the list holds the cases of the status and urgency asked for (either, both or
     * neither), most urgent first, then the longest waiting, and counts them all.
     */
    @Test
    void theListWithoutATextFiltersByStatusAndUrgencyInListOrder() {
        newCase(uniqueName());
        List<FamilyCase> inListOrder = transactions.execute(status -> families.findAll(Sort.by("urgency", "createdAt", "id")));
        for (FamilyStatus status : new FamilyStatus[] {null, FamilyStatus.TRIAGE, FamilyStatus.READY}) {
            for (Urgency urgency : new Urgency[] {null, Urgency.HIGH, Urgency.CRITICAL}) {
                List<UUID> expected = inListOrder.stream()
                        .filter(family -> status == null || family.getStatus() == status)
                        .filter(family -> urgency == null || family.getUrgency() == urgency)
                        .map(FamilyCase::getId).toList();
                String filters = (status == null ? "" : "&status=" + status) + (urgency == null ? "" : "&urgency=" + urgency);
                JsonNode page = caseworker.get("/api/families?size=100" + filters).json();
                assertThat(page.path("totalItems").asInt()).as(filters).isEqualTo(expected.size());
                assertThat(page.path("items").findValuesAsText("id")).as(filters)
                        .isEqualTo(expected.stream().limit(100).map(UUID::toString).toList());
            }
        }
        assertThat(inListOrder).as("the cases the list was checked on").isNotEmpty();
    }

    private static List<UUID> ids(Page<FamilyCase> page) {
        return page.map(FamilyCase::getId).toList();
    }
}
