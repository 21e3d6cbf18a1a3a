package org.haven.geo;

/** A WGS84 position in decimal degrees. */
public record GeoPoint(double lat, double lon) {

    public GeoPoint {
        requireValid(lat, lon);
    }

    static void requireValid(double lat, double lon) {
        // Written so that NaN fails too.
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("Not a WGS84 position: " + lat + ", " + lon);
        }
    }
}
