package org.haven.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The offline geocoder: the UK's postcode areas, its about 3,000 live postcode districts and about
 * 6,000 places, read once from the CSV files in {@code classpath:geo/} (docs/geo-data.md says where
 * they come from). A postcode resolves to its district; only a district the data does not know
 * (new, non-geographic or mistyped, such as {@code LS99}) falls back to its area's post town and
 * says so with {@link GeoPrecision#AREA}.
 */
final class GazetteerGeocoder implements Geocoder {

    private static final String FOLDER = "/geo/";

    private record Area(GeoPoint point, String name) {
    }

    private record Place(GeoPoint point, String name) {
    }

    private record District(GeoPoint point, String label) {
    }

    /**
     * A district whose area's post town is farther than this is labelled by the place nearest its
     * centre instead: "SY23 (near Penparcau)", not "SY23 (Shrewsbury)", 95 km away.
     */
    private static final double POST_TOWN_LABEL_KM = 20.0;
    /** Farther than this, the nearest place says nothing useful (the Channel Islands have none). */
    private static final double NEAREST_PLACE_LABEL_KM = 10.0;
    /** A lower bound of a degree of latitude's length on the Earth's surface (111.2 km). */
    private static final double KM_PER_DEGREE_OF_LATITUDE = 111.0;

    private final Map<String, Area> areas = new HashMap<>();
    private final Map<String, District> districts = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();

    /**
     * The gazetteer of this JVM. It never changes once read, so the geocoder bean and migration V19
     * share one copy, as do the many Spring contexts of the backend's tests (reading it was a
     * twentieth of each context's start).
     */
    static GazetteerGeocoder shared() {
        return Shared.INSTANCE;
    }

    /** Read on first use; the JVM's class initialisation publishes the filled maps safely to every thread. */
    private static final class Shared {
        static final GazetteerGeocoder INSTANCE = new GazetteerGeocoder();
    }

    GazetteerGeocoder() {
        read("postcode-areas.csv", row -> areas.put(row[0], new Area(point(row[1], row[2]), row[3])));
        // Spellings that reduce to the same key point at the same place (checked when the file is
        // built), so keeping the first one loses nothing. The list keeps file order for labels.
        List<Place> placesInFileOrder = new ArrayList<>();
        read("places.csv", row -> {
            Place place = new Place(point(row[1], row[2]), row[0]);
            placesInFileOrder.add(place);
            places.putIfAbsent(GeoQuery.placeKey(row[0]), place);
        });
        Map<String, GeoPoint> points = new LinkedHashMap<>();
        read("postcode-districts.csv", row -> points.put(row[0], point(row[1], row[2])));
        addParentsOfSubDistricts(points);
        points.forEach((code, point) -> districts.put(code,
                new District(point, code + " (" + districtTown(code, point, placesInFileOrder) + ")")));
    }

    /**
     * People write "W1", "EC2" or "SW1" although Royal Mail only has W1A…W1W, EC2A…EC2Y, SW1A…SW1Y:
     * such a parent, when it is no district itself, is the mean of its sub-districts.
     */
    private static void addParentsOfSubDistricts(Map<String, GeoPoint> points) {
        Map<String, List<GeoPoint>> children = new TreeMap<>();
        points.forEach((code, point) -> GeoQuery.parentOf(code)
                .filter(parent -> !points.containsKey(parent))
                .ifPresent(parent -> children.computeIfAbsent(parent, p -> new ArrayList<>()).add(point)));
        children.forEach((parent, subDistricts) -> points.put(parent, new GeoPoint(
                subDistricts.stream().mapToDouble(GeoPoint::lat).average().orElseThrow(),
                subDistricts.stream().mapToDouble(GeoPoint::lon).average().orElseThrow())));
    }

    /** What to put after a district's code so that people recognise where it is. */
    private String districtTown(String code, GeoPoint point, List<Place> candidates) {
        String areaCode = GeoQuery.parse(code).map(GeoQuery::area).orElseThrow();
        Area area = areas.get(areaCode);
        if (area == null) {
            throw new IllegalStateException("District " + code + " has no postcode area in postcode-areas.csv");
        }
        if (Distance.haversineKm(point, area.point()) <= POST_TOWN_LABEL_KM) {
            return townName(areaCode, area);
        }
        Place nearest = null;
        double nearestKm = NEAREST_PLACE_LABEL_KM;
        for (Place place : candidates) {
            // A place farther north or south than the limit is farther away than it (a degree of
            // latitude is at least 111 km): skipping those spares ~18 M haversines at every start.
            if (Math.abs(place.point().lat() - point.lat()) * KM_PER_DEGREE_OF_LATITUDE > NEAREST_PLACE_LABEL_KM) {
                continue;
            }
            double km = Distance.haversineKm(point, place.point());
            if (km < nearestKm) {
                nearest = place;
                nearestKm = km;
            }
        }
        return nearest == null ? townName(areaCode, area) : "near " + nearest.name();
    }

    @Override
    public Optional<GeoLocation> locate(String query) {
        return GeoQuery.parse(query).flatMap(this::locate);
    }

    Optional<GeoLocation> locate(GeoQuery query) {
        if (query.isPostcodeShaped()) {
            Optional<GeoLocation> postcode = locatePostcode(query);
            if (postcode.isPresent()) {
                return postcode;
            }
        }
        // Also for postcode-shaped input that is no postcode: a place may be called that.
        return locatePlace(query.placeKey());
    }

    /** The district, else its parent district (SW1Z → SW1), else the area's post town. */
    Optional<GeoLocation> locatePostcode(GeoQuery query) {
        Area area = areas.get(query.area());
        if (area == null) {
            return Optional.empty();
        }
        if (query.outcode() != null) {
            for (String district : candidates(query)) {
                District found = districts.get(district);
                if (found != null) {
                    return Optional.of(new GeoLocation(found.point().lat(), found.point().lon(),
                            found.label(), GeoPrecision.DISTRICT));
                }
            }
        }
        return Optional.of(new GeoLocation(area.point().lat(), area.point().lon(),
                query.area() + " (" + area.name() + ")", GeoPrecision.AREA));
    }

    Optional<GeoLocation> locatePlace(String key) {
        Place place = places.get(key);
        return place == null ? Optional.empty()
                : Optional.of(new GeoLocation(place.point().lat(), place.point().lon(), place.name(), GeoPrecision.PLACE));
    }

    private static List<String> candidates(GeoQuery query) {
        List<String> candidates = new ArrayList<>(2);
        candidates.add(query.outcode());
        query.parentDistrict().ifPresent(candidates::add);
        return candidates;
    }

    /** "London" rather than "London SW" next to a district code, which already says SW. */
    private static String townName(String areaCode, Area area) {
        return area.name().equals("London " + areaCode) ? "London" : area.name();
    }

    private static GeoPoint point(String lat, String lon) {
        return new GeoPoint(Double.parseDouble(lat), Double.parseDouble(lon));
    }

    private static void read(String file, Consumer<String[]> rows) {
        try (InputStream in = GazetteerGeocoder.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing gazetteer file " + FOLDER + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    rows.accept(splitCsv(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read gazetteer file " + file, e);
        }
    }

    /** Enough CSV for these files: fields may be double-quoted (names with commas), "" is a quote. */
    static String[] splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
