package org.haven.geo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V19, in Java because SQL cannot geocode: offers and families that were placed
 * only at their postcode area's post town (precision AREA, from before the gazetteer knew the
 * districts outside London) are placed again at their district. Spring Boot hands this bean to
 * Flyway, so it runs exactly once per database, under Flyway's lock (several instances may start
 * at once) and in the same transaction as its history row on PostgreSQL.
 *
 * <ul>
 *   <li>offers with {@code location_precision} AREA or NULL (saved before V9): their postcode, else
 *       their place, is looked up again; coordinates, label and precision are replaced;</li>
 *   <li>family cases have no precision column: one whose label is an area's ("LS (Leeds)") and
 *       that has a postcode is looked up again.</li>
 * </ul>
 * It always uses the offline gazetteer (a migration must not depend on a network service), so the
 * result is the same on every instance. A row whose lookup is still AREA or finds nothing keeps
 * what it had; running the lookups again changes nothing. Nobody reads or changes a family's
 * personal details here, so no audit entry is written; the log says how many rows moved.
 */
@Component
class V19RelocateAreaOnlyLocations implements JavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V19RelocateAreaOnlyLocations.class);

    /** The label the gazetteer gives an area: its code, a space, then the town in brackets. */
    private static final Pattern AREA_LABEL = Pattern.compile("^[A-Z]{1,2} \\(.*\\)$");

    private record Row(Object id, String query) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("19");
    }

    @Override
    public String getDescription() {
        return "relocate area only locations";
    }

    @Override
    public Integer getChecksum() {
        return 19;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        relocate(context.getConnection(), GazetteerGeocoder.shared());
    }

    /** Re-locates the rows; separate from {@link #migrate} so that tests can run it twice. */
    static void relocate(Connection connection, Geocoder gazetteer) throws SQLException {
        List<Row> offers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, postcode, place FROM offer WHERE location_precision IS NULL OR location_precision = 'AREA'");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String postcode = rows.getString("postcode");
                offers.add(new Row(rows.getObject("id"), isBlank(postcode) ? rows.getString("place") : postcode));
            }
        }
        int offersMoved = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE offer SET lat = ?, lon = ?, location_label = ?, location_precision = ? WHERE id = ?")) {
            for (Row offer : offers) {
                // NULL rows get their precision even when the place stays the same.
                Optional<GeoLocation> found = isBlank(offer.query()) ? Optional.empty() : gazetteer.locate(offer.query());
                if (found.isPresent()) {
                    set(update, found.get());
                    update.setString(4, found.get().precision().name());
                    update.setObject(5, offer.id());
                    offersMoved += update.executeUpdate();
                }
            }
        }
        List<Row> families = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, preferred_postcode, location_label FROM family_case WHERE preferred_postcode IS NOT NULL "
                        + "AND location_label IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (AREA_LABEL.matcher(rows.getString("location_label")).matches()) {
                    families.add(new Row(rows.getObject("id"), rows.getString("preferred_postcode")));
                }
            }
        }
        int familiesMoved = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE family_case SET lat = ?, lon = ?, location_label = ? WHERE id = ?")) {
            for (Row family : families) {
                Optional<GeoLocation> found = gazetteer.locate(family.query())
                        .filter(location -> location.precision() == GeoPrecision.DISTRICT);
                if (found.isPresent()) {
                    set(update, found.get());
                    update.setObject(4, family.id());
                    familiesMoved += update.executeUpdate();
                }
            }
        }
        log.info("V19: {} of {} offers and {} of {} families placed only by their postcode area were looked up again",
                offersMoved, offers.size(), familiesMoved, families.size());
    }

    private static void set(PreparedStatement update, GeoLocation location) throws SQLException {
        update.setDouble(1, location.lat());
        update.setDouble(2, location.lon());
        update.setString(3, location.label());
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
