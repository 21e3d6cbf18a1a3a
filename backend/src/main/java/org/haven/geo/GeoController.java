package org.haven.geo;

import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets a form show where a postcode or place is before it is saved ("LS6 (Leeds)"), so a person
 * can correct a typo at once. Any signed-in user may ask: the answers are public facts about
 * places, never anyone's address.
 */
@RestController
@RequestMapping("/api/geo")
class GeoController {

    static final int MAX_QUERY_LENGTH = 100;

    private final Geocoder geocoder;

    GeoController(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** {@code lat}/{@code lon} are WGS84 degrees; {@code precision} says how rough they are. */
    record LookupResponse(String query, double lat, double lon, String label, GeoPrecision precision) {
    }

    @GetMapping("/lookup")
    LookupResponse lookup(@RequestParam(required = false) String q) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalidField("q", FieldError.REQUIRED, "Enter a postcode or a place name.");
        }
        String query = q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.invalidField("q", "invalid-length",
                    "Use at most " + MAX_QUERY_LENGTH + " characters.");
        }
        GeoLocation found = geocoder.locate(query).orElseThrow(() ->
                new ProblemException(ProblemType.NOT_FOUND, "We could not find this postcode or place."));
        return new LookupResponse(query, found.lat(), found.lon(), found.label(), found.precision());
    }
}
