package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The family list's text search (issue 17): any part of the reference or a member's whole first
 * name, in any case, answered through indexes (the reference's suffixes, V27; the names' search
 * keys, V17) and with the same cases as "reference LIKE '%text%'" found. Subclasses run it on H2
 * and on PostgreSQL.
 */
abstract class FamilySearchTestBase {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** A first name no other test uses. */
    private static String uniqueName() {
        StringBuilder name = new StringBuilder("Zo");
        for (int i = 0; i < 8; i++) {
            name.append(Character.toLowerCase(ALPHABET.charAt((int) (Math.random() * ALPHABET.length()))));
        }
        return name.toString();
    }

    private static List<String> references(JsonNode page) {
        return StreamSupport.stream(page.path("items").spliterator(), false)
                .map(item -> item.path("reference").asText()).toList();
    }

    private JsonNode search(ApiClient caseworker, String query) {
        var response = caseworker.get("/api/families?size=100&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** How many cases the search must find for a text that is no one's first name: the old full scan. */
    private long containing(String text) {
        String pattern = "%" + text.toUpperCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.queryForObject("select count(*) from family_case where upper(reference) like ? escape '\\'",
                Long.class, pattern);
    }

    @Test
    void findsAnyPartOfTheReferenceAndWholeFirstNamesInAnyCaseAsTheFullScanDid() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String name = uniqueName();
        Map<String, Object> body = FamilyApiFixtures.family();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> members = (List<Map<String, Object>>) body.get("members");
        members.get(2).put("firstName", name);
        String reference = caseworker.postJson("/api/families", body).json().path("reference").asText();
        String other = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("reference")
                .asText();

        assertThat(references(search(caseworker, "q=" + reference))).containsExactly(reference);
        assertThat(references(search(caseworker, "q=" + reference.toLowerCase(Locale.ROOT))))
                .containsExactly(reference);
        assertThat(references(search(caseworker, "q=" + name.toUpperCase(Locale.ROOT)))).containsExactly(reference);
        assertThat(references(search(caseworker, "q=%20" + name + "%20"))).containsExactly(reference);
        assertThat(references(search(caseworker, "q=" + name.substring(0, 6)))).as("part of a name").isEmpty();
        assertThat(references(search(caseworker, "q=" + name + "&status=CLOSED"))).isEmpty();
        assertThat(references(search(caseworker, "q=%25"))).isEmpty();
        assertThat(references(search(caseworker, "q=_"))).isEmpty();

        // Parts from the start, the middle and the end: the same cases as a full scan, lower-case too.
        for (String part : List.of(reference.substring(0, 4), reference.substring(2, 6), reference.substring(5),
                other.substring(3, 7).toLowerCase(Locale.ROOT), "-")) {
            JsonNode page = search(caseworker, "q=" + part);
            assertThat(page.path("totalItems").asLong()).as(part).isEqualTo(containing(part));
            assertThat(references(page)).as(part)
                    .allMatch(found -> found.contains(part.toUpperCase(Locale.ROOT)));
        }
        assertThat(references(search(caseworker, "q=" + reference.substring(3, 7)))).contains(reference);
    }

    /** The SQL to ask the database how it would find suffixes starting with a text. */
    protected abstract List<String> suffixLookupPlan();

    @Test
    void anIndexServesTheReferenceSearch() {
        String plan = String.join("\n", suffixLookupPlan());
        assertThat(plan).as(plan).containsIgnoringCase("family_reference_suffix");
        assertThat(plan.toLowerCase(Locale.ROOT)).as(plan).doesNotContain("tablescan", "seq scan");
    }

    /**
     * The measurement behind docs/web-benchmark.md ("Family text search"): 10,000 cases with 4
     * members each written in a transaction that is rolled back, and the search's page query as it
     * was (a LIKE on every reference, or an IN of the name's cases) against the one now (the union
     * of two index lookups), best of 15 each, alternating. Prints the figures; asserts only that
     * both find the same cases.
     */
    @Test
    void theIndexedSearchFindsWhatTheFullScanFoundOnTenThousandCases() {
        TransactionTemplate inTransaction = new TransactionTemplate(transactions);
        inTransaction.executeWithoutResult(status -> {
            seed(10_000);
            analyse();
            String old = """
                    select f.* from family_case f
                    where upper(f.reference) like ? escape '\\'
                       or f.id in (select g.id from family_case g join family_member m on m.family_id = g.id
                                   where m.first_name_key = ?)
                    order by f.urgency, f.created_at, f.id""" + " " + limit();
            String now = """
                    select f.* from family_case f
                    where f.id in (select g.id from family_case g join family_reference_suffix s on s.family_id = g.id
                                   where s.suffix like ? escape '\\'
                                   union
                                   select h.id from family_case h join family_member m on m.family_id = h.id
                                   where m.first_name_key = ?)
                    order by f.urgency, f.created_at, f.id""" + " " + limit();
            for (String text : List.of("OLENA", "X7Q", "BENCH-0042", "BENCH-00", "E")) {
                long oldMs = bestOf(() -> jdbc.queryForList(old, "%" + text + "%", "key-" + text));
                long newMs = bestOf(() -> jdbc.queryForList(now, text + "%", "key-" + text));
                List<Object> oldIds = ids(jdbc.queryForList(old, "%" + text + "%", "key-" + text));
                List<Object> newIds = ids(jdbc.queryForList(now, text + "%", "key-" + text));
                assertThat(newIds).as(text).isEqualTo(oldIds);
                System.out.printf("FamilySearch on %s, q=%s: before %d µs, after %d µs (%.1f times), %d rows%n",
                        database(), text, oldMs, newMs, (double) oldMs / newMs, newIds.size());
            }
            status.setRollbackOnly();
        });
    }

    protected abstract String database();

    protected abstract void analyse();

    protected String limit() {
        return "limit 20";
    }

    private static long bestOf(Runnable query) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 15; i++) {
            long start = System.nanoTime();
            query.run();
            best = Math.min(best, (System.nanoTime() - start) / 1_000);
        }
        return best;
    }

    /** Cases BENCH-0000…, CLOSED and not matchable so nothing else would take them, 4 members each. */
    private void seed(int count) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> cases = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        List<Object[]> suffixes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            String reference = String.format("BENCH-%04d%s", i, ALPHABET.charAt(i % ALPHABET.length()));
            cases.add(new Object[] {id, reference, i % 3 == 0 ? "HIGH" : "NORMAL", now, now});
            for (int position = 0; position < 4; position++) {
                members.add(new Object[] {id, position, "ciphertext", "key-" + i + "-" + position});
            }
            for (String suffix : ReferenceSearch.suffixes(reference)) {
                suffixes.add(new Object[] {id, suffix});
            }
        }
        jdbc.batchUpdate("insert into family_case (id, reference, status, urgency, needs_step_free,"
                + " needs_ground_floor_bedroom, has_pets, pet_allergy, smoker, needs_lgbtqi_affirming, created_at,"
                + " updated_at, version) values (?, ?, 'CLOSED', ?, 'x', 'x', false, 'x', false, 'x', ?, ?, 0)", cases);
        jdbc.batchUpdate("insert into family_member (family_id, position, first_name, relationship, wheelchair_user,"
                + " first_name_key) values (?, ?, ?, 'CHILD', 'x', ?)", members);
        jdbc.batchUpdate("insert into family_reference_suffix (family_id, suffix) values (?, ?)", suffixes);
    }

    private static List<Object> ids(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("id") != null ? row.get("id") : row.get("ID")).toList();
    }
}
