package org.haven.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The offline geocoder: UK postcode areas, London postcode districts and about 6,000 places, read
 * once from the CSV files in {@code classpath:geo/} (docs/geo-data.md says where they come from).
 * Outside London it knows no districts, so a postcode there resolves to its area's post town and
 * says so with {@link GeoPrecision#AREA}.
 */
final class GazetteerGeocoder implements Geocoder {

    private static final String FOLDER = "/geo/";

    private record Area(GeoPoint point, String name) {
    }

    private record Place(GeoPoint point, String name) {
    }

    private final Map<String, Area> areas = new HashMap<>();
    private final Map<String, GeoPoint> districts = new HashMap<>();
    private final Map<String, Place> places = new HashMap<>();

    GazetteerGeocoder() {
        read("postcode-areas.csv", row -> areas.put(row[0], new Area(point(row[1], row[2]), row[3])));
        read("postcode-districts.csv", row -> districts.put(row[0], point(row[1], row[2])));
        // Spellings that reduce to the same key point at the same place (checked when the file is
        // built), so keeping the first one loses nothing.
        read("places.csv", row -> places.putIfAbsent(GeoQuery.placeKey(row[0]), new Place(point(row[1], row[2]), row[0])));
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

    /** The district, else its parent district (SW1A → SW1), else the area's post town. */
    Optional<GeoLocation> locatePostcode(GeoQuery query) {
        Area area = areas.get(query.area());
        if (area == null) {
            return Optional.empty();
        }
        if (query.outcode() != null) {
            for (String district : candidates(query)) {
                GeoPoint point = districts.get(district);
                if (point != null) {
                    return Optional.of(new GeoLocation(point.lat(), point.lon(),
                            district + " (" + townName(query.area(), area) + ")", GeoPrecision.DISTRICT));
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
