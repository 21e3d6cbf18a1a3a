package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.host.HostApiFixtures.newHost;
import static org.haven.host.HostApiFixtures.offer;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * V19 places again the offers and families that an older gazetteer could place only at their
 * postcode area's post town. The rows are made as the old release left them (Aberystwyth's SY23 at
 * Shrewsbury, marked AREA or not marked at all; a Leeds family at "LS (Leeds)"), then the migration
 * runs on them, twice.
 */
abstract class RelocateAreaOnlyLocationsTestBase {

    private static final double SHREWSBURY_LAT = 52.7077;
    private static final double SHREWSBURY_LON = -2.7527;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Flyway flyway;

    @Test
    void theMigrationIsPartOfTheHistory() {
        assertThat(flyway.info().applied()).anySatisfy(migration -> {
            assertThat(migration.getVersion().getVersion()).isEqualTo("19");
            assertThat(migration.getState().isApplied()).isTrue();
        });
    }

    @Test
    void offersAndFamiliesPlacedOnlyByTheirAreaArePlacedAtTheirDistrict() throws SQLException {
        ApiClient host = newHost(port, "v19-host");
        UUID areaOffer = offerAsTheOldReleaseLeftIt(host, "SY23 3AA", "AREA");
        UUID unmarkedOffer = offerAsTheOldReleaseLeftIt(host, "SY23 1AB", null);
        UUID unknownDistrict = offerAsTheOldReleaseLeftIt(host, "BT99 1AA", "AREA");
        UUID london = UUID.fromString(host.postJson("/api/host/offers", offer("SE15 4AA")).json().path("id").asText());
        Map<String, Object> londonBefore = location("offer", london);
        UUID family = familyAsTheOldReleaseLeftIt("LS6 3AB");

        relocate();

        for (UUID offer : new UUID[] {areaOffer, unmarkedOffer}) {
            Map<String, Object> moved = location("offer", offer);
            assertThat(moved.get("location_precision")).isEqualTo("DISTRICT");
            assertThat((String) moved.get("location_label")).startsWith("SY23 (");
            assertThat(kmFromAberystwyth(moved)).isLessThan(5);
        }
        Map<String, Object> unknown = location("offer", unknownDistrict);
        assertThat(unknown.get("location_precision")).isEqualTo("AREA");
        assertThat(unknown.get("location_label")).isEqualTo("BT (Belfast)");
        assertThat(location("offer", london)).as("a DISTRICT offer is left alone").isEqualTo(londonBefore);
        Map<String, Object> leeds = location("family_case", family);
        assertThat(leeds.get("location_label")).isEqualTo("LS6 (Leeds)");
        assertThat(Distance.haversineKm(number(leeds, "lat"), number(leeds, "lon"), 53.8190, -1.5780)).isLessThan(5);

        Map<String, Object> offerAfterOnce = location("offer", areaOffer);
        Map<String, Object> familyAfterOnce = location("family_case", family);
        relocate();
        assertThat(location("offer", areaOffer)).as("a second run changes nothing").isEqualTo(offerAfterOnce);
        assertThat(location("family_case", family)).isEqualTo(familyAfterOnce);
    }

    private void relocate() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            V19RelocateAreaOnlyLocations.relocate(connection, GazetteerGeocoder.shared());
        }
    }

    private UUID offerAsTheOldReleaseLeftIt(ApiClient host, String postcode, String precision) {
        UUID id = UUID.fromString(host.postJson("/api/host/offers", offer(postcode)).json().path("id").asText());
        jdbc.update("update offer set lat = ?, lon = ?, location_label = 'SY (Shrewsbury)', location_precision = ? "
                + "where id = ?", SHREWSBURY_LAT, SHREWSBURY_LON, precision, id);
        return id;
    }

    private UUID familyAsTheOldReleaseLeftIt(String postcode) {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        Map<String, Object> request = FamilyApiFixtures.family();
        request.put("preferredPostcode", postcode);
        UUID id = UUID.fromString(caseworker.postJson("/api/families", request).json().path("id").asText());
        jdbc.update("update family_case set lat = 53.8008, lon = -1.5491, location_label = 'LS (Leeds)' where id = ?", id);
        return id;
    }

    private Map<String, Object> location(String table, UUID id) {
        String precision = table.equals("offer") ? ", location_precision" : "";
        return jdbc.queryForMap("select lat, lon, location_label" + precision + " from " + table + " where id = ?", id);
    }

    private static double number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).doubleValue();
    }

    private static double kmFromAberystwyth(Map<String, Object> row) {
        return Distance.haversineKm(number(row, "lat"), number(row, "lon"), 52.4150, -4.0830);
    }
}
