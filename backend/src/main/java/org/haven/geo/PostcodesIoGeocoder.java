package org.haven.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks a (self-hosted) postcodes.io server, which knows every live UK postcode and every district,
 * and the Ordnance Survey's place names for Great Britain. Whatever it does not know, and every
 * query while it is down or failing, goes to the offline gazetteer: a person entering an address
 * should never be stopped because a lookup service is unwell.
 *
 * <p>Endpoints and answers as documented at https://api.postcodes.io/docs:
 * {@code GET /postcodes/{postcode}}, {@code GET /outcodes/{outcode}} and {@code GET /places?q=},
 * each answering {@code {"status": 200, "result": …}} or {@code {"status": 404, "error": "…"}}.
 */
final class PostcodesIoGeocoder implements Geocoder {

    private static final Logger log = LoggerFactory.getLogger(PostcodesIoGeocoder.class);

    /** How many places to ask for: enough to hold every namesake of a common name like Newport. */
    private static final int PLACE_CANDIDATES = 20;

    /** Ordnance Survey settlement types, the likelier meaning of a bare name first. */
    private static final Map<String, Integer> SETTLEMENT_RANK = Map.of(
            "City", 0, "Town", 1, "Village", 2, "Suburban Area", 3, "Hamlet", 4, "Other Settlement", 5);

    private final RestClient http;
    private final GazetteerGeocoder gazetteer;

    PostcodesIoGeocoder(RestClient http, GazetteerGeocoder gazetteer) {
        this.http = http;
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<GeoLocation> locate(String query) {
        Optional<GeoQuery> parsed = GeoQuery.parse(query);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        GeoQuery geoQuery = parsed.get();
        try {
            return locateRemotely(geoQuery).or(() -> gazetteer.locate(geoQuery));
        } catch (RestClientException | Unavailable e) {
            log.warn("postcodes.io did not answer usably ({}); answering from the offline gazetteer", describe(e));
            return gazetteer.locate(geoQuery);
        }
    }

    private Optional<GeoLocation> locateRemotely(GeoQuery query) {
        Optional<GeoLocation> found = Optional.empty();
        if (query.kind() == GeoQuery.Kind.POSTCODE) {
            found = postcode(query.postcode());
        }
        if (found.isEmpty() && query.outcode() != null) {
            found = outcode(query.outcode());
        }
        // postcodes.io has no area lookup; the gazetteer answers areas.
        if (found.isEmpty() && query.kind() == GeoQuery.Kind.PLACE) {
            found = place(query);
        }
        return found;
    }

    private Optional<GeoLocation> postcode(String postcode) {
        return get(PostcodeAnswer.class, "/postcodes/{postcode}", postcode)
                .map(PostcodeAnswer::result)
                // A few live postcodes have no grid reference; their district still has one.
                .filter(result -> result.latitude() != null && result.longitude() != null)
                .map(result -> new GeoLocation(result.latitude(), result.longitude(),
                        withDistrict(result.postcode(), result.adminDistrict()), GeoPrecision.POSTCODE));
    }

    private Optional<GeoLocation> outcode(String outcode) {
        return get(OutcodeAnswer.class, "/outcodes/{outcode}", outcode)
                .map(OutcodeAnswer::result)
                .filter(result -> result.latitude() != null && result.longitude() != null)
                .map(result -> new GeoLocation(result.latitude(), result.longitude(),
                        withDistrict(result.outcode(), first(result.adminDistrict())), GeoPrecision.DISTRICT));
    }

    /**
     * The settlement whose name is exactly the query (as the gazetteer compares names). Among
     * namesakes, the one nearest to the gazetteer's choice wins, because the gazetteer picked the
     * most populous; without one, cities beat towns beat villages.
     */
    private Optional<GeoLocation> place(GeoQuery query) {
        String key = query.placeKey();
        List<PlaceResult> namesakes = get(PlacesAnswer.class, "/places?q={q}&limit={limit}", query.text(), PLACE_CANDIDATES)
                .map(PlacesAnswer::result).orElse(List.of()).stream()
                .filter(place -> place.latitude() != null && place.longitude() != null)
                .filter(place -> key.equals(keyOf(place.name1())) || key.equals(keyOf(place.name2())))
                .toList();
        Optional<GeoLocation> preferred = gazetteer.locatePlace(key);
        Comparator<PlaceResult> best = preferred
                .map(choice -> Comparator.comparingDouble((PlaceResult place) ->
                        Distance.haversineKm(choice.lat(), choice.lon(), place.latitude(), place.longitude())))
                .orElse(Comparator.comparingInt(place -> SETTLEMENT_RANK.getOrDefault(place.localType(), 9)));
        return namesakes.stream().min(best)
                .map(place -> new GeoLocation(place.latitude(), place.longitude(),
                        key.equals(keyOf(place.name1())) ? place.name1() : place.name2(), GeoPrecision.PLACE));
    }

    /** The answer's body, or empty for a 404; any other failure is {@link Unavailable}. */
    private <T> Optional<T> get(Class<T> type, String uri, Object... variables) {
        return http.get().uri(uri, variables).exchange((request, response) -> {
            if (response.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            if (!response.getStatusCode().is2xxSuccessful()) {
                throw new Unavailable("HTTP " + response.getStatusCode().value());
            }
            return Optional.ofNullable(response.bodyTo(type));
        });
    }

    /** Says what went wrong without the URL: it holds the postcode someone typed, part of an address. */
    private static String describe(RuntimeException e) {
        if (e instanceof Unavailable) {
            return e.getMessage();
        }
        Throwable cause = e.getCause();
        return e.getClass().getSimpleName() + (cause == null ? "" : ": " + cause.getClass().getSimpleName());
    }

    private static String withDistrict(String code, String district) {
        return district == null || district.isBlank() ? code : code + " (" + district + ")";
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static String keyOf(String name) {
        return name == null ? null : GeoQuery.placeKey(name);
    }

    /** The server answered, but not with something usable (5xx, or an unexpected 4xx). */
    static final class Unavailable extends RuntimeException {

        Unavailable(String message) {
            super(message);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostcodeAnswer(PostcodeResult result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PostcodeResult(String postcode, Double latitude, Double longitude,
            @JsonProperty("admin_district") String adminDistrict) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OutcodeAnswer(OutcodeResult result) {
    }

    /** An outward code's point is the mean of its postcodes; it may span several councils. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record OutcodeResult(String outcode, Double latitude, Double longitude,
            @JsonProperty("admin_district") List<String> adminDistrict) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlacesAnswer(List<PlaceResult> result) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PlaceResult(@JsonProperty("name_1") String name1, @JsonProperty("name_2") String name2,
            @JsonProperty("local_type") String localType, Double latitude, Double longitude) {
    }
}
