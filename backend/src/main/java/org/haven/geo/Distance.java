package org.haven.geo;

/**
 * Great-circle distance on a sphere of radius {@value #EARTH_RADIUS_KM} km (haversine), as
 * docs/matching.md defines distance. The error against the real ellipsoid (up to about 0.5 %)
 * is far below the uncertainty of a district or town point.
 */
public final class Distance {

    public static final double EARTH_RADIUS_KM = 6371.0;

    private Distance() {
    }

    public static double haversineKm(GeoPoint a, GeoPoint b) {
        return haversineKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** The same without allocating points, for the solver's inner loops. */
    public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        return haversineKm(lat1, lon1, cosLat(lat1), lat2, lon2, cosLat(lat2));
    }

    /** The cosine of a latitude in degrees, as the haversine uses it: worked out once per point by a loop over pairs. */
    public static double cosLat(double lat) {
        return Math.cos(Math.toRadians(lat));
    }

    /**
     * The same with each point's {@link #cosLat} given, for the loops that measure one point against
     * thousands: the same operations in the same order, so the same result to the bit.
     */
    public static double haversineKm(double lat1, double lon1, double cosLat1, double lat2, double lon2,
                                     double cosLat2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2) + cosLat1 * cosLat2 * Math.pow(Math.sin(dLon / 2), 2);
        // min(1, …) keeps rounding from taking asin out of its domain for antipodal points.
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
    }

    /** The matching distance: whole km, rounded to the nearest (halves up), so scores are integers. */
    public static int roundedKm(GeoPoint a, GeoPoint b) {
        return roundedKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    public static int roundedKm(double lat1, double lon1, double lat2, double lon2) {
        return (int) Math.round(haversineKm(lat1, lon1, lat2, lon2));
    }

    /** {@link #roundedKm(double, double, double, double)} with each point's {@link #cosLat} given. */
    public static int roundedKm(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2) {
        return (int) Math.round(haversineKm(lat1, lon1, cosLat1, lat2, lon2, cosLat2));
    }
}
