package org.haven.geo;

import java.util.Objects;

/**
 * Where a postcode or place name is, approximately, and what was found: {@code label} names it
 * for people ("LS6 (Leeds)", "Leeds") and {@code precision} says how far it can be trusted.
 */
public record GeoLocation(double lat, double lon, String label, GeoPrecision precision) {

    public GeoLocation {
        GeoPoint.requireValid(lat, lon);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(precision, "precision");
    }

    public GeoPoint point() {
        return new GeoPoint(lat, lon);
    }
}
