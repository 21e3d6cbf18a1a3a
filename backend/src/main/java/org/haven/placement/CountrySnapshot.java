package org.haven.placement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import org.haven.family.FamiliesOnMap;
import org.haven.family.FamiliesOnMap.WaitingPoint;
import org.haven.family.FamilyOverview;
import org.haven.host.OffersOnMap;
import org.haven.host.OffersOnMap.OfferPoint;
import org.haven.placement.PlacementRepository.LivePair;
import org.haven.shared.MapArea;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every point the zoomed-out map counts, the whole country at once: the waiting families (with their
 * urgency) and the available offers, and those a live placement holds. A map of the UK counts all of
 * them whatever part of it is on screen, so they are read once and reused for at most
 * {@code haven.map.clusters-max-age} (5 s): with fifty caseworkers on the map, the database reads
 * the country once every few seconds instead of grouping it for every request. Pins (zoomed in, or
 * few points) are always read fresh, as are the counts that come with them; the copy only spares
 * them reading every live placement's family and offer to find the few in the area (see
 * {@link Points#mayBeIn}): a placed family or held offer whose place was changed into the area
 * within the bound shows as late as that.
 * <p>
 * Each instance keeps its own copy, and nothing but this derived copy: another instance's writes
 * show within the same bound. A copy older than half the bound is read again by the first request
 * that finds it so (the others meanwhile get the copy as it is); one older than the bound is never
 * used. Zero turns the copy off (every request reads the country; the tests, which share a
 * database, use it).
 */
@Component
class CountrySnapshot {

    /** Where a live placement's end was: lat and lon null when it has no place. */
    record Place(Double lat, Double lon) {
    }

    /**
     * The points, as read in one read-only transaction; and where each live placement's family and
     * offer were, by id, so that the pins of an area need read fresh only those that may be in it.
     */
    record Points(List<WaitingPoint> families, List<OfferPoint> offers, Map<UUID, Place> placedFamilies,
                  Map<UUID, Place> heldOffers) {

        /** Those of the ids placed in the area when read, or unknown then (newer than this copy). */
        static List<UUID> mayBeIn(Collection<UUID> ids, Map<UUID, Place> places, MapArea area) {
            return ids.stream().filter(id -> {
                Place place = places.get(id);
                return place == null || area.contains(place.lat(), place.lon());
            }).toList();
        }
    }

    private final Supplier<Points> read;
    private final LoadingCache<Boolean, Points> copy;

    @Autowired
    CountrySnapshot(FamiliesOnMap familiesOnMap, FamilyOverview familyOverview, OffersOnMap offersOnMap,
            PlacementRepository placements, PlatformTransactionManager transactions,
            @Value("${haven.map.clusters-max-age:5s}") Duration maxAge) {
        this(reader(familiesOnMap, familyOverview, offersOnMap, placements, transactions), maxAge, Ticker.systemTicker());
    }

    CountrySnapshot(Supplier<Points> read, Duration maxAge, Ticker ticker) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("haven.map.clusters-max-age must not be negative: " + maxAge);
        }
        this.read = read;
        // Refreshed in the thread of the request that finds it half-way old (no pool of its own).
        this.copy = maxAge.isZero() ? null : Caffeine.newBuilder().ticker(ticker).executor(Runnable::run)
                .refreshAfterWrite(maxAge.dividedBy(2)).expireAfterWrite(maxAge).build(key -> read.get());
    }

    Points points() {
        return copy == null ? read.get() : copy.get(Boolean.TRUE);
    }

    private static Supplier<Points> reader(FamiliesOnMap familiesOnMap, FamilyOverview familyOverview,
            OffersOnMap offersOnMap, PlacementRepository placements, PlatformTransactionManager transactions) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return () -> readOnly.execute(status -> {
            List<LivePair> live = placements.findLivePairs();
            List<WaitingPoint> families = new ArrayList<>(familiesOnMap.waitingPoints());
            Map<UUID, Place> placedFamilies = new HashMap<>();
            familyOverview.of(live.stream().map(LivePair::familyId).toList()).forEach(family -> {
                placedFamilies.put(family.id(), new Place(family.lat(), family.lon()));
                if (family.lat() != null && family.lon() != null) {
                    families.add(new WaitingPoint(family.lat(), family.lon(), family.urgency()));
                }
            });
            List<OfferPoint> offers = new ArrayList<>(offersOnMap.availablePoints());
            Map<UUID, Place> heldOffers = new HashMap<>();
            offersOnMap.pins(live.stream().map(LivePair::offerId).toList()).forEach(offer -> {
                heldOffers.put(offer.id(), new Place(offer.lat(), offer.lon()));
                offers.add(new OfferPoint(offer.lat(), offer.lon()));
            });
            return new Points(List.copyOf(families), List.copyOf(offers), Map.copyOf(placedFamilies),
                    Map.copyOf(heldOffers));
        });
    }
}
