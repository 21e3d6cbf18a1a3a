package org.haven.matching.solver;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    /**
     * The numbers of each offer that the pair rules read ({@link PairFacts}), in index order, so that
     * {@link IndexedPair} checks a pair from a few arrays instead of the offer's objects.
     */
    final double[] latDegrees;
    final double[] lonDegrees;
    final double[] cosLat;
    final int[] maxGuests;
    final int[] bedrooms;
    final long[] availableFromDay;
    final long[] availableUntilDay;
    /**
     * Per offer, one bit per language of its host household, numbered by {@link #languageBit}; null
     * when the hosts speak more than 64 languages between them (then {@link IndexedPair} compares the sets).
     */
    final long[] languageMask;
    private final Map<String, Integer> languageBit;
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
        int n = this.offers.length;
        latDegrees = new double[n];
        lonDegrees = new double[n];
        cosLat = new double[n];
        maxGuests = new int[n];
        bedrooms = new int[n];
        availableFromDay = new long[n];
        availableUntilDay = new long[n];
        for (int i = 0; i < n; i++) {
            FactPair facts = new FactPair(null, this.offers[i]);
            latDegrees[i] = this.offers[i].lat();
            lonDegrees[i] = this.offers[i].lon();
            cosLat[i] = Distance.cosLat(latDegrees[i]);
            maxGuests[i] = facts.offerMaxGuests();
            bedrooms[i] = facts.offerBedrooms();
            availableFromDay[i] = facts.availableFromDay();
            availableUntilDay[i] = facts.availableUntilDay();
        }
        Map<String, Integer> bits = new HashMap<>();
        for (OfferFact offer : this.offers) {
            for (String language : offer.host().languages()) {
                bits.putIfAbsent(language, bits.size());
            }
        }
        languageBit = bits.size() <= Long.SIZE ? bits : null;
        languageMask = languageBit == null ? null
                : Arrays.stream(this.offers).mapToLong(offer -> languageMask(offer.host().languages())).toArray();
        lonLow = Arrays.stream(lon).min().orElse(0);
        lonHigh = Arrays.stream(lon).max().orElse(0);
    }

    /**
     * The bits of {@code languages} among the hosts' ({@link #languageMask}); a language no host
     * speaks has none, as no offer can share it.
     */
    long languageMask(Set<String> languages) {
        long mask = 0;
        for (String language : languages) {
            Integer bit = languageBit.get(language);
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    /**
     * A cursor over the pairs of {@code family} with the offers here, for one thread; a pair in
     * {@code rejected} is not allowed.
     */
    IndexedPair pairsOf(FamilyFact family, Set<RejectedPair> rejected) {
        return new IndexedPair(this, family, rejectedOffers(family, rejected));
    }

    /** The numbers of the offers here that {@code rejected} rules out for the family, ascending. */
    private int[] rejectedOffers(FamilyFact family, Set<RejectedPair> rejected) {
        if (rejected.isEmpty()) {
            return NONE;
        }
        Rejections known = rejections;
        if (known == null || known.pairs() != rejected) {
            known = Rejections.of(rejected, this);
            rejections = known;
        }
        return known.byFamily().getOrDefault(family.id(), NONE);
    }

    private static final int[] NONE = {};

    /**
     * A run's rejected pairs by family, as offer numbers: one hash lookup per family instead of one
     * per pair. Kept for the last set asked about (a run asks with one set for all its families).
     */
    private record Rejections(Set<RejectedPair> pairs, Map<String, int[]> byFamily) {

        static Rejections of(Set<RejectedPair> pairs, OfferIndex index) {
            Map<String, Integer> number = new HashMap<>();
            for (int i = 0; i < index.size(); i++) {
                number.put(index.offer(i).id(), i);
            }
            Map<String, int[]> byFamily = new HashMap<>();
            for (RejectedPair pair : pairs) {
                Integer offer = number.get(pair.offerId());
                if (offer != null) {
                    byFamily.merge(pair.familyId(), new int[] {offer}, (a, b) -> IntStream
                            .concat(IntStream.of(a), IntStream.of(b)).sorted().toArray());
                }
            }
            return new Rejections(pairs, byFamily);
        }
    }

    private volatile Rejections rejections;

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
    boolean lacksAny(long needsMask, int index) {
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
