package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.EntityManager;

import org.haven.family.FamilyCase;
import org.haven.family.FamilyRulesForTests;
import org.haven.host.HostProfile;
import org.haven.host.Offer;
import org.haven.host.OfferRulesForTests;
import org.haven.host.VettingStatus;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.PreviousRelease;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * quality.md → Reliability: "Migrations apply from empty and from the previous release on both
 * databases". A subclass loads the previous release's snapshot (its demo data, a finished run, an
 * approved and a rejected proposal, written by that release's own jar, see {@code ReleaseSnapshotIT})
 * into an empty database before the app starts; the app's Flyway then migrates it to this release.
 * Every row is still there, every migration of this release applied, and the people of the
 * previous release sign in and read their records, encrypted fields included.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PreviousReleaseMigrationTestBase {

    /** Rows per table right after the snapshot was loaded, before this release's migrations. */
    protected static final Map<String, Integer> ROWS_BEFORE = new LinkedHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManager entities;

    @Autowired
    PlatformTransactionManager transactions;

    /** The snapshot as SQL text. */
    protected static String snapshot(String name) {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(PreviousRelease.FOLDER + name).getInputStream())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The previous release's snapshot " + name + " is missing", e);
        }
    }

    /** The members' first names as the previous release stored them (plain text), by family id. */
    protected static final Map<String, List<String>> NAMES_BEFORE = new LinkedHashMap<>();

    /** Counts the rows of every table of the loaded snapshot but Flyway's own, and keeps the members' names. */
    protected static void countRows(Connection connection, String schema) throws SQLException {
        NAMES_BEFORE.clear();
        try (Statement statement = connection.createStatement(); ResultSet names = statement.executeQuery(
                "SELECT CAST(family_id AS VARCHAR(36)), first_name FROM family_member ORDER BY family_id, position")) {
            while (names.next()) {
                NAMES_BEFORE.computeIfAbsent(names.getString(1), id -> new java.util.ArrayList<>()).add(names.getString(2));
            }
        }
        ROWS_BEFORE.clear();
        try (ResultSet tables = connection.getMetaData().getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String table = tables.getString("TABLE_NAME");
                if (!table.equalsIgnoreCase("flyway_schema_history")) {
                    ROWS_BEFORE.put(table, count(connection, table));
                }
            }
        }
    }

    private static int count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** First, before the other tests sign in (and so add to the audit log). */
    @Test
    @Order(1)
    void everyRowOfThePreviousReleaseIsStillThere() {
        assertThat(ROWS_BEFORE).as("the snapshot's tables").hasSizeGreaterThan(10);
        assertThat(ROWS_BEFORE.get(tableName("matching_proposal"))).isPositive();
        assertThat(ROWS_BEFORE.get(tableName("placement"))).isEqualTo(1);
        Map<String, Integer> rowsAfter = new LinkedHashMap<>();
        ROWS_BEFORE.keySet().forEach(table -> rowsAfter.put(table,
                jdbc.queryForObject("SELECT count(*) FROM \"" + table + "\"", Integer.class)));
        assertThat(rowsAfter).isEqualTo(ROWS_BEFORE);
    }

    @Test
    void everyMigrationOfThisReleaseApplied() throws IOException {
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        String latest = Arrays.stream(migrations).map(Resource::getFilename)
                .map(name -> name.substring(1, name.indexOf("__")))
                .max(Comparator.comparingInt(Integer::parseInt)).orElseThrow();
        List<Map<String, Object>> history = jdbc.queryForList(
                "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL");
        assertThat(history).allSatisfy(row -> assertThat(row.get("success")).isEqualTo(true));
        assertThat(history).extracting(row -> String.valueOf(row.get("version"))).contains("8", latest, "18");
    }

    @Test
    void thePreviousReleasesPeopleSignInAndReadTheirRecords() {
        ApiClient caseworker = signIn("caseworker@haven.example");
        Response list = caseworker.get("/api/families?size=100");
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode families = list.json();
        assertThat(families.path("totalItems").asInt()).isEqualTo(ROWS_BEFORE.get(tableName("family_case")));
        String withNotes = jdbc.queryForObject("SELECT CAST(id AS VARCHAR(36)) FROM family_case WHERE notes IS NOT NULL "
                + "ORDER BY id FETCH FIRST 1 ROWS ONLY", String.class);
        Response family = caseworker.get("/api/families/" + withNotes);
        assertThat(family.status()).isEqualTo(200);
        assertThat(family.json().path("notes").asText()).as("decrypted with the release's key").isNotBlank();
        assertThat(caseworker.get("/api/placements").json().findValues("offerId")).hasSize(1);

        ApiClient host = signIn("host@haven.example");
        JsonNode offers = host.get("/api/host/offers").json();
        assertThat(offers.findValues("address")).isNotEmpty()
                .allSatisfy(address -> assertThat(address.asText()).isNotBlank());

        Response created = caseworker.postJson("/api/families", org.haven.family.FamilyApiFixtures.family());
        assertThat(created.status()).as("and this release writes on top").isEqualTo(201);
    }

    /**
     * V11 filled family_case.matchable and offer.matchable for the previous release's rows by SQL:
     * each stored flag equals the Java rule computed now from the same row, and both answers occur.
     */
    @Test
    void theMatchableFlagsWereFilledByTheRule() {
        Map<Boolean, Long> families = new LinkedHashMap<>();
        Map<Boolean, Long> offers = new LinkedHashMap<>();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (FamilyCase family : entities.createQuery("select f from FamilyCase f", FamilyCase.class)
                    .getResultList()) {
                assertThat(family.isMatchable()).as(family.getReference())
                        .isEqualTo(FamilyRulesForTests.matchable(family));
                families.merge(family.isMatchable(), 1L, Long::sum);
            }
            Map<UUID, VettingStatus> vetting = new HashMap<>();
            entities.createQuery("select h from HostProfile h", HostProfile.class).getResultList()
                    .forEach(host -> vetting.put(host.getId(), host.getStatus()));
            for (Offer offer : entities.createQuery("select o from Offer o", Offer.class).getResultList()) {
                assertThat(offer.isMatchable()).as(offer.getTitle())
                        .isEqualTo(OfferRulesForTests.matchable(offer.getStatus(), vetting.get(offer.getHostId())));
                offers.merge(offer.isMatchable(), 1L, Long::sum);
            }
        });
        assertThat(families).as("the snapshot has families matching takes and others").containsKeys(true, false);
        assertThat(offers).as("the snapshot has offers matching may use and others").containsKeys(true, false);
    }

    /** V35 gave each earlier run the count of the families it left unassigned. */
    @Test
    void eachEarlierRunKeepsTheCountOfItsUnassignedFamilies() {
        List<Map<String, Object>> runs = jdbc.queryForList("SELECT r.unassigned_count AS kept,"
                + " (SELECT count(*) FROM matching_unassigned u WHERE u.run_id = r.id) AS counted FROM matching_run r");
        assertThat(runs).extracting(run -> ((Number) run.get("kept")).longValue())
                .isEqualTo(runs.stream().map(run -> ((Number) run.get("counted")).longValue()).toList());
        assertThat(runs).as("the snapshot has a run that left families unassigned")
                .anyMatch(run -> ((Number) run.get("kept")).longValue() > 0);
    }

    @Test
    void thePreviousReleasesPlainNamesAreEncryptedAndReadAsTheyWere() {
        assertThat(NAMES_BEFORE).as("the snapshot's families").isNotEmpty();
        List<String> stored = jdbc.query("SELECT CAST(family_id AS VARCHAR(36)), first_name FROM family_member",
                (row, number) -> NAMES_BEFORE.containsKey(row.getString(1)) ? row.getString(2) : null).stream()
                .filter(java.util.Objects::nonNull).toList();
        assertThat(stored).as("the previous release's members (other tests add cases)")
                .hasSize(NAMES_BEFORE.values().stream().mapToInt(List::size).sum())
                .allSatisfy(name -> assertThat(name).startsWith("v1:"));
        assertThat(stored).doesNotContainAnyElementsOf(NAMES_BEFORE.values().stream().flatMap(List::stream).toList());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM family_member WHERE first_name_key IS NULL", Integer.class))
                .isZero();

        ApiClient caseworker = signIn("caseworker@haven.example");
        Map.Entry<String, List<String>> family = NAMES_BEFORE.entrySet().iterator().next();
        JsonNode read = caseworker.get("/api/families/" + family.getKey()).json();
        assertThat(read.path("members").findValuesAsText("firstName")).isEqualTo(family.getValue());
        JsonNode found = caseworker.get("/api/families?size=100&q="
                + java.net.URLEncoder.encode(family.getValue().get(0), StandardCharsets.UTF_8)).json();
        assertThat(found.path("items").findValuesAsText("id")).contains(family.getKey());
    }

    private ApiClient signIn(String email) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, PreviousRelease.DEMO_PASSWORD).status()).as(email).isEqualTo(204);
        return client;
    }

    /** The table's name as the database reports it (H2 upper-cases unquoted names). */
    protected abstract String tableName(String lowerCase);
}
