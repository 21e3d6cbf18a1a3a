package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.List;

import org.haven.geo.Distance;

/**
 * A cheap first cut before the pair rules: an offer within {@code km} of a point lies inside a
 * latitude band and a longitude span around it, which two comparisons tell. The bounds never drop
 * an offer within the distance (they follow from the haversine formula, with a kilometre to spare
 * for rounding), so the candidates are the same; only the number of pairs checked falls (on a
 * national run, from every offer to the few near each family). {@link OfferIndex} uses the same box.
 */
public final class WithinReach {

    private static final double MARGIN_KM = 1;

    /** Latitudes and longitudes in radians; {@code maxLon} is the largest longitude difference within reach. */
    record Box(double lat, double lon, double latLow, double latHigh, double maxLon) {

        boolean contains(double offerLatRadians, double offerLonRadians) {
            if (offerLatRadians < latLow || offerLatRadians > latHigh) {
                return false;
            }
            double apart = Math.abs(offerLonRadians - lon);
            return Math.min(apart, 2 * Math.PI - apart) <= maxLon;
        }
    }

    private WithinReach() {
    }

    /** The offers of {@code offers}, in order, that may be within the family's cap; all of them without a cap. */
    public static List<OfferFact> of(FamilyFact family, List<OfferFact> offers) {
        if (family.maxDistanceKm() == null || !family.hasLocation()) {
            return offers;
        }
        Box box = box(family.lat(), family.lon(), family.maxDistanceKm());
        List<OfferFact> near = new ArrayList<>();
        for (OfferFact offer : offers) {
            if (box.contains(Math.toRadians(offer.lat()), Math.toRadians(offer.lon()))) {
                near.add(offer);
            }
        }
        return near;
    }

    /** The box holding every point within {@code km} (rounded) of a point given in degrees. */
    static Box box(double latDegrees, double lonDegrees, double km) {
        double reach = (km + MARGIN_KM) / Distance.EARTH_RADIUS_KM;
        double lat = Math.toRadians(latDegrees);
        double lon = Math.toRadians(lonDegrees);
        // The distance is at least the radius times the latitude difference.
        double latLow = lat - reach;
        double latHigh = lat + reach;
        // hav(d/R) = hav(Δlat) + cos(lat1) cos(lat2) hav(Δlon) ≥ cos(lat1) cos(lat2) hav(Δlon), cos(lat2) ≥ its band minimum.
        double maxLon = Math.PI;
        if (latLow > -Math.PI / 2 && latHigh < Math.PI / 2) {
            double ratio = haversine(reach) / (Math.cos(lat) * Math.min(Math.cos(latLow), Math.cos(latHigh)));
            if (ratio < 1) {
                maxLon = 2 * Math.asin(Math.sqrt(ratio));
            }
        }
        return new Box(lat, lon, latLow, latHigh, maxLon);
    }

    private static double haversine(double angle) {
        double half = Math.sin(angle / 2);
        return half * half;
    }
}
