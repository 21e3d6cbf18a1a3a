package org.haven.matching.solver.io;

import java.util.ArrayList;
import java.util.List;

import org.haven.geo.Distance;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.OfferFact;

/**
 * A cheap first cut before {@link CandidateFilter}: a family with a distance cap cannot take an
 * offer outside a latitude band and a longitude span around its location, which two comparisons
 * tell. The bounds never drop an offer within the cap (they follow from the haversine formula,
 * with a kilometre to spare for rounding), so the candidates are the same; only the number of
 * pairs the filter checks falls (on a national run, from every offer to the few near each family).
 */
final class WithinReach {

    private static final double MARGIN_KM = 1;

    private WithinReach() {
    }

    /** The offers of {@code offers}, in order, that may be within the family's cap; all of them without a cap. */
    static List<OfferFact> of(FamilyFact family, List<OfferFact> offers) {
        if (family.maxDistanceKm() == null || !family.hasLocation()) {
            return offers;
        }
        double reach = (family.maxDistanceKm() + MARGIN_KM) / Distance.EARTH_RADIUS_KM;
        double lat = Math.toRadians(family.lat());
        double lon = Math.toRadians(family.lon());
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
        List<OfferFact> near = new ArrayList<>();
        for (OfferFact offer : offers) {
            double offerLat = Math.toRadians(offer.lat());
            if (offerLat < latLow || offerLat > latHigh) {
                continue;
            }
            double apart = Math.abs(Math.toRadians(offer.lon()) - lon);
            if (Math.min(apart, 2 * Math.PI - apart) <= maxLon) {
                near.add(offer);
            }
        }
        return near;
    }

    private static double haversine(double angle) {
        double half = Math.sin(angle / 2);
        return half * half;
    }
}
