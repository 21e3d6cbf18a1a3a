package org.haven.host;

import org.haven.geo.GeoLocation;
import org.haven.geo.GeoPrecision;

/**
 * Where an offer is, approximately, as the geocoder resolved its postcode or place, and how far
 * that can be trusted ({@code AREA} is only the post town of a postcode area).
 */
record OfferLocation(double lat, double lon, String label, GeoPrecision precision) {

    static OfferLocation of(GeoLocation location) {
        return new OfferLocation(location.lat(), location.lon(), location.label(), location.precision());
    }
}
