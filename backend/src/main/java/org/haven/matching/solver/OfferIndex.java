package org.haven.matching.solver;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.haven.geo.Distance;

/**
 * The offers a run may give, sorted by latitude, so that the offers within some distance of a
 * family are found by a binary search for the latitude band and a longitude test
 * ({@link WithinReach}'s box) instead of a scan of the whole country. Used to build each family's
 * cheapest candidates and to price every feasible pair against the exact phase's duals without
 * holding every pair. Offers are numbered 0..size-1 in this order; read-only once built.
 */
public final class OfferIndex {

    private final OfferFact[] offers;
    private final double[] lat;
    private final double[] lon;
    private final double lonLow;
    private final double lonHigh;
    /** Per offer, in index order, the needs of H3–H12 it does not meet ({@link PairRule#lacksMask}). */
    private final long[] lacks;
    /** Offer numbers with room for at least so many guests, built on first use (read by several threads). */
    private final Map<Integer, int[]> bySize = new ConcurrentHashMap<>();

    public OfferIndex(Collection<OfferFact> offers) {
        this.offers = offers.toArray(OfferFact[]::new);
        // Stable: equal latitudes keep the caller's order, so the numbering is the same for the same run.
        Arrays.sort(this.offers, Comparator.comparingDouble(OfferFact::lat));
        lat = new double[this.offers.length];
        lon = new double[this.offers.length];
        for (int i = 0; i < this.offers.length; i++) {
            lat[i] = Math.toRadians(this.offers[i].lat());
            lon[i] = Math.toRadians(this.offers[i].lon());
        }
        lacks = Arrays.stream(this.offers).mapToLong(PairRule::lacksMask).toArray();
        lonLow = Arrays.stream(lon).min().orElse(0);
        lonHigh = Arrays.stream(lon).max().orElse(0);
    }

    public int size() {
        return offers.length;
    }

    public OfferFact offer(int index) {
        return offers[index];
    }

    /**
     * True when the offer fails one of the needs in {@code needsMask} ({@link PairRule#needsMask}),
     * so the pair breaks one of H3–H12: read from an array in index order, without touching the offer.
     */
    public boolean lacksAny(long needsMask, int index) {
        return (needsMask & lacks[index]) != 0;
    }

    /** Takes offers nearest-first; says how far (in km) offers are still of interest. */
    public interface Visitor {

        /** Offers at least this far (plus a kilometre for rounding) need not be shown any more. */
        double wantedKm();

        void accept(int offer);
    }

    /**
     * Shows the visitor every offer that may be within {@code km} (rounded) of the family's
     * location, and perhaps a few more, in order of latitude difference from it (nearest first), until
     * the latitude difference alone puts the rest beyond {@link Visitor#wantedKm()}. Without a
     * location, every offer in index order until {@link Visitor#wantedKm()} is negative (nothing
     * more is wanted).
     */
    public void nearestFirst(FamilyFact family, double km, Visitor visitor) {
        int[] view = roomFor(family.size());
        if (!family.hasLocation()) {
            for (int i : view) {
                if (visitor.wantedKm() < 0) {
                    return;
                }
                visitor.accept(i);
            }
            return;
        }
        WithinReach.Box box = Double.isInfinite(km) ? null : WithinReach.box(family.lat(), family.lon(), km);
        double home = Math.toRadians(family.lat());
        int up = firstAtOrAbove(view, home);
        int down = up - 1;
        while (up < view.length || down >= 0) {
            double upApart = up < view.length ? lat[view[up]] - home : Double.POSITIVE_INFINITY;
            double downApart = down >= 0 ? home - lat[view[down]] : Double.POSITIVE_INFINITY;
            boolean goUp = upApart <= downApart;
            // The great-circle distance is at least the radius times the latitude difference.
            double atLeastKm = Distance.EARTH_RADIUS_KM * (goUp ? upApart : downApart);
            if (atLeastKm >= visitor.wantedKm() + 1 || atLeastKm > km + 1) {
                return;
            }
            int i = goUp ? view[up++] : view[down--];
            if (box == null || box.contains(lat[i], lon[i])) {
                visitor.accept(i);
            }
        }
    }

    /**
     * The offers with room for {@code size} guests, in index order: H1 (capacity, {@link PairRule#H1})
     * allows no other, so a large family's search skips the many small rooms at once.
     */
    private int[] roomFor(int size) {
        return bySize.computeIfAbsent(size, guests -> IntStream.range(0, offers.length)
                .filter(i -> offers[i].maxGuests() >= guests).toArray());
    }

    /** The family's distance cap in km, or infinity without a cap or a location. */
    public static double reach(FamilyFact family) {
        return family.maxDistanceKm() == null || !family.hasLocation() ? Double.POSITIVE_INFINITY
                : family.maxDistanceKm();
    }

    /**
     * An upper bound on the km from the family to any offer here: a path along the meridian and
     * then along a parallel is at least as long as the great circle.
     */
    public long maxKm(FamilyFact family) {
        if (!family.hasLocation() || offers.length == 0) {
            return 0;
        }
        double home = Math.toRadians(family.lat());
        double latApart = Math.max(Math.abs(home - lat[0]), Math.abs(lat[offers.length - 1] - home));
        double here = Math.toRadians(family.lon());
        double lonApart = Math.max(Math.abs(here - lonLow), Math.abs(lonHigh - here));
        return (long) Math.ceil(Distance.EARTH_RADIUS_KM * Math.min(Math.PI, latApart + lonApart)) + 1;
    }

    private int firstAtOrAbove(int[] view, double latitude) {
        int low = 0;
        int high = view.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (lat[view[mid]] < latitude) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
