package org.haven.family;

import java.util.Locale;

import org.haven.geo.GeoLocation;
import org.haven.geo.GeoPrecision;
import org.haven.geo.Geocoder;
import org.haven.shared.ProblemException;
import org.springframework.stereotype.Component;

/** Resolves a family's preferred postcode or place; a family may also give none. */
@Component
class FamilyLocator {

    private final Geocoder geocoder;

    FamilyLocator(Geocoder geocoder) {
        this.geocoder = geocoder;
    }

    /** The location, or null when neither a postcode nor a place was given. */
    FamilyLocation locate(String postcode, String place) {
        boolean byPostcode = !FamilyRules.isBlank(postcode);
        if (!byPostcode && FamilyRules.isBlank(place)) {
            return null;
        }
        String query = byPostcode ? postcode : place;
        GeoLocation location = geocoder.locate(query).orElseThrow(() -> ProblemException.invalidField(
                byPostcode ? "preferredPostcode" : "preferredPlace", "location-not-found",
                "We could not find this " + (byPostcode ? "postcode" : "place") + ". Check the spelling."));
        if (location.precision() == GeoPrecision.POSTCODE) {
            // Matching needs the area, not the street a family named.
            String outward = query.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            location = geocoder.locate(outward.substring(0, Math.max(2, outward.length() - 3))).orElse(location);
        }
        return new FamilyLocation(location.lat(), location.lon(), location.label());
    }
}
