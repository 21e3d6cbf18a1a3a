package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A run's proposals and unassigned families filtered, sorted and paged by the database (issue 17):
 * on a run this test writes itself (so it knows every row), each filter, each order and each page
 * is compared with the rule docs/api.md states, worked out here from the rows. Subclasses run it on
 * H2 and on PostgreSQL, so both databases must give the same answers (nulls last, ties, case).
 */
abstract class RunListsTestBase {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** One proposal as written; {@code readyDaysAgo} and {@code distanceKm} may be unknown. */
    private record Row(String reference, String status, long score, Integer distanceKm, String urgency, int size,
                       Integer readyDaysAgo, String title, String place) {

        Instant readyAt() {
            return readyDaysAgo == null ? null : NOW.minus(readyDaysAgo, ChronoUnit.DAYS);
        }
    }

    private static final List<Row> PROPOSALS = List.of(
            new Row("HVN-A-0001", "PROPOSED", -10, 4, "HIGH", 3, 40, "Room in Leeds", "Leeds"),
            new Row("HVN-A-0002", "PROPOSED", -10, null, "CRITICAL", 5, null, "Flat by the sea", "Brighton"),
            new Row("HVN-A-0003", "APPROVED", -3, 12, "NORMAL", 1, 2, "Garden room", "Leeds LS6"),
            new Row("hvn-a-0004", "PROPOSED", -50, 0, "CRITICAL", 2, 40, "Whole house_50%", "York"),
            new Row("HVN-A-0005", "REJECTED", -7, 30, "HIGH", 4, 90, "Attic", "Bristol"),
            new Row("HVN-A-0006", "PROPOSED", -7, 4, "NORMAL", 6, 5, "Two rooms", "leeds"),
            new Row("HVN-A-0007", "PROPOSED", 0, null, "HIGH", 2, 12, "Annexe", null));

    /** Reference, urgency, size, days since ready (unknown: null), for the unassigned families. */
    private record Left(String reference, String urgency, int size, Integer readyDaysAgo) {
    }

    private static final List<Left> UNASSIGNED = List.of(
            new Left("HVN-U-0001", "NORMAL", 2, 3),
            new Left("HVN-U-0002", "CRITICAL", 4, null),
            new Left("HVN-U-0003", "CRITICAL", 1, 20),
            new Left("hvn-u-0004", "HIGH", 3, 20),
            new Left("HVN-U-0005", "HIGH", 5, 60),
            new Left("HVN-U-0006", "CRITICAL", 2, 5));

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private UUID runId;
    private ApiClient caseworker;

    @BeforeEach
    void writeARun() {
        caseworker = testAccounts.signedIn(Role.CASEWORKER);
        runId = UUID.randomUUID();
        // Long ago, so no other test takes it for the latest run.
        jdbc.update("insert into matching_run (id, status, seconds, started_by, started_at, finished_at, families,"
                + " offers, assigned, score, proposals, unassigned_count)"
                + " values (?, 'DONE', 5, ?, ?, ?, 13, 7, 7, '0hard/0medium/-87soft', 7, ?)",
                runId, UUID.randomUUID(), Timestamp.from(Instant.parse("2001-01-01T00:00:00Z")),
                Timestamp.from(Instant.parse("2001-01-01T00:00:05Z")), UNASSIGNED.size());
        for (Row row : PROPOSALS) {
            jdbc.update("insert into matching_proposal (id, run_id, family_id, offer_id, host_id, status, score,"
                    + " distance_km, family_reference, family_size, family_adults, family_children, urgency,"
                    + " family_place, family_ready_at, offer_title, offer_type, offer_place, offer_bedrooms,"
                    + " offer_max_guests, explanation, created_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, 'Leeds', ?, ?, 'ROOM_IN_HOME', ?, 1, 6, '[]', ?, 0)",
                    UUID.randomUUID(), runId, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), row.status(),
                    row.score(), row.distanceKm(), row.reference(), row.size(), row.size() - 1, row.urgency(),
                    row.readyAt() == null ? null : Timestamp.from(row.readyAt()), row.title(), row.place(),
                    Timestamp.from(NOW));
        }
        for (Left left : UNASSIGNED) {
            Instant readyAt = left.readyDaysAgo() == null ? null : NOW.minus(left.readyDaysAgo(), ChronoUnit.DAYS);
            jdbc.update("insert into matching_unassigned (run_id, family_id, family_reference, family_size, urgency,"
                    + " family_ready_at) values (?, ?, ?, ?, ?, ?)", runId, UUID.randomUUID(), left.reference(),
                    left.size(), left.urgency(), readyAt == null ? null : Timestamp.from(readyAt));
        }
    }

    @AfterEach
    void removeTheRun() {
        jdbc.update("delete from matching_proposal where run_id = ?", runId);
        jdbc.update("delete from matching_unassigned where run_id = ?", runId);
        jdbc.update("delete from matching_run where id = ?", runId);
    }

    private Response proposals(String query) {
        return caseworker.get("/api/matching/runs/" + runId + "/proposals" + query);
    }

    private Response unassigned(String query) {
        return caseworker.get("/api/matching/runs/" + runId + "/unassigned" + query);
    }

    private static List<String> references(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().spliterator(), false)
                .map(item -> item.has("family") ? item.path("family").path("reference").asText()
                        : item.path("reference").asText())
                .toList();
    }

    private static long total(Response response) {
        return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
    }

    /** Ties: best score, then reference, as docs/api.md says. */
    private static final Comparator<Row> TIE = Comparator.comparingLong(Row::score).reversed()
            .thenComparing(Row::reference);

    private static Comparator<Row> nullsLast(Comparator<Row> known, Predicate<Row> unknown) {
        return (a, b) -> unknown.test(a) || unknown.test(b)
                ? Boolean.compare(unknown.test(a), unknown.test(b)) : known.compare(a, b);
    }

    private static final Map<String, Comparator<Row>> SORTS = Map.of(
            "score-best", Comparator.comparingLong(Row::score).reversed(),
            "score-worst", Comparator.comparingLong(Row::score),
            "distance-nearest", nullsLast(Comparator.comparing(Row::distanceKm), row -> row.distanceKm() == null),
            "distance-farthest", nullsLast(Comparator.comparing(Row::distanceKm).reversed(),
                    row -> row.distanceKm() == null),
            "urgency", Comparator.comparing(Row::urgency),
            "size-largest", Comparator.comparingInt(Row::size).reversed(),
            "size-smallest", Comparator.comparingInt(Row::size),
            "waiting-longest", nullsLast(Comparator.comparing(Row::readyDaysAgo).reversed(),
                    row -> row.readyDaysAgo() == null));

    private static List<String> expected(Comparator<Row> order, Predicate<Row> filter) {
        return PROPOSALS.stream().filter(filter).sorted(order.thenComparing(TIE)).map(Row::reference).toList();
    }

    @Test
    void withoutParametersTheWholeListComesBestScoreFirstWithItsTotal() {
        Response all = proposals("");
        assertThat(references(all)).isEqualTo(expected(SORTS.get("score-best"), row -> true));
        assertThat(total(all)).isEqualTo(PROPOSALS.size());
        JsonNode first = all.json().get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder("id", "runId", "familyId", "offerId",
                "status", "score", "distanceKm", "family", "offer", "explanation");
    }

    @Test
    void everyOrderIsTheDatabasesAndUnknownValuesGoLast() {
        SORTS.forEach((sort, order) -> assertThat(references(proposals("?sort=" + sort))).as(sort)
                .isEqualTo(expected(order, row -> true)));
    }

    @Test
    void filtersCombineAndTheSearchIgnoresCaseAndTakesWildcardsLiterally() {
        assertThat(references(proposals("?urgency=CRITICAL")))
                .isEqualTo(expected(SORTS.get("score-best"), row -> row.urgency().equals("CRITICAL")));
        assertThat(references(proposals("?status=PROPOSED&urgency=HIGH&sort=size-smallest")))
                .isEqualTo(expected(SORTS.get("size-smallest"),
                        row -> row.status().equals("PROPOSED") && row.urgency().equals("HIGH")));
        // The reference, the offer's title or its place, in any case.
        assertThat(references(proposals("?q=LeEdS"))).containsExactlyInAnyOrder("HVN-A-0001", "HVN-A-0003",
                "HVN-A-0006");
        assertThat(references(proposals("?q=a-0004"))).containsExactly("hvn-a-0004");
        assertThat(references(proposals("?q=" + "_50%25"))).containsExactly("hvn-a-0004");
        assertThat(references(proposals("?q=5_"))).isEmpty();
        Response none = proposals("?q=nowhere&status=APPROVED");
        assertThat(references(none)).isEmpty();
        assertThat(total(none)).isZero();
    }

    @Test
    void pagesFollowEachOtherWithoutGapsAndTheTotalCountsEveryPage() {
        List<String> all = expected(SORTS.get("distance-nearest"), row -> row.status().equals("PROPOSED"));
        List<String> paged = IntStream.range(0, 3).boxed()
                .flatMap(page -> {
                    Response response = proposals("?status=PROPOSED&sort=distance-nearest&size=2&page=" + page);
                    assertThat(total(response)).isEqualTo(all.size());
                    return references(response).stream();
                })
                .toList();
        assertThat(paged).isEqualTo(all);
        assertThat(references(proposals("?size=3"))).isEqualTo(expected(SORTS.get("score-best"), row -> true)
                .subList(0, 3));
        assertThat(references(proposals("?page=0"))).hasSize(PROPOSALS.size()); // 20 by default
        assertThat(references(proposals("?page=9&size=100"))).isEmpty();
    }

    @Test
    void unassignedFamiliesComeMostUrgentThenLongestWaitingFilteredAndPaged() {
        List<String> order = List.of("HVN-U-0003", "HVN-U-0006", "HVN-U-0002", "HVN-U-0005", "hvn-u-0004",
                "HVN-U-0001");
        Response all = unassigned("");
        assertThat(references(all)).isEqualTo(order);
        assertThat(total(all)).isEqualTo(6);
        assertThat(all.json().get(0).fieldNames()).toIterable().containsExactlyInAnyOrder("familyId", "reference",
                "size", "urgency", "waitingDays");
        assertThat(all.json().get(0).path("waitingDays").asInt()).isEqualTo(20);
        assertThat(all.json().get(2).path("waitingDays").isNull()).isTrue();

        assertThat(references(unassigned("?urgency=CRITICAL"))).containsExactly("HVN-U-0003", "HVN-U-0006",
                "HVN-U-0002");
        assertThat(references(unassigned("?q=U-0004"))).containsExactly("hvn-u-0004");
        Response second = unassigned("?size=4&page=1");
        assertThat(references(second)).isEqualTo(order.subList(4, 6));
        assertThat(total(second)).isEqualTo(6);
        Response first = unassigned("?size=4&page=0");
        assertThat(references(first)).isEqualTo(order.subList(0, 4));
        assertThat(total(first)).as("counted in all, not on the page").isEqualTo(6);
        Response filtered = unassigned("?urgency=HIGH&q=hvn&page=0&size=1");
        assertThat(references(filtered)).containsExactly("HVN-U-0005");
        assertThat(total(filtered)).isEqualTo(2);
    }

    @Test
    void badValuesAreRefusedWithTheFieldNamed() {
        Map<String, String> common = Map.of("size=0", "size", "size=101", "size", "page=-1", "page",
                "page=1000001", "page", "urgency=SOON", "urgency", "q=" + "x".repeat(101), "q");
        Map<String, String> proposalsOnly = Map.of("sort=best", "sort", "status=MAYBE", "status");
        common.forEach((query, field) -> {
            assertRefused(proposals("?" + query), field);
            assertRefused(unassigned("?" + query), field);
        });
        proposalsOnly.forEach((query, field) -> assertRefused(proposals("?" + query), field));
        assertThat(caseworker.get("/api/matching/runs/" + UUID.randomUUID() + "/proposals?size=5").status())
                .isEqualTo(404);
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(field).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("errors").findValuesAsText("field")).as(field).contains(field);
    }
}
