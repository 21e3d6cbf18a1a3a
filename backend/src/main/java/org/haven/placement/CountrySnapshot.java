package org.haven.placement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

import org.haven.family.FamiliesOnMap;
import org.haven.family.FamiliesOnMap.WaitingPoint;
import org.haven.family.FamilyOverview;
import org.haven.host.OffersOnMap;
import org.haven.host.OffersOnMap.OfferPoint;
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
 * few points) are always read fresh, as are the counts that come with them.
 * <p>
 * Each instance keeps its own copy, and nothing but this derived copy: another instance's writes
 * show within the same bound. A copy older than half the bound is read again by the first request
 * that finds it so (the others meanwhile get the copy as it is); one older than the bound is never
 * used. Zero turns the copy off (every request reads the country; the tests, which share a
 * database, use it).
 */
@Component
class CountrySnapshot {

    /** The points, as read in one read-only transaction. */
    record Points(List<WaitingPoint> families, List<OfferPoint> offers) {
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
            List<Placement> live = placements.findByStatusInOrderByApprovedAtDesc(PlacementStatus.LIVE);
            List<WaitingPoint> families = new ArrayList<>(familiesOnMap.waitingPoints());
            familyOverview.of(live.stream().map(Placement::getFamilyId).toList()).stream()
                    .filter(family -> family.lat() != null && family.lon() != null)
                    .forEach(family -> families.add(new WaitingPoint(family.lat(), family.lon(), family.urgency())));
            List<OfferPoint> offers = new ArrayList<>(offersOnMap.availablePoints());
            offersOnMap.pins(live.stream().map(Placement::getOfferId).toList())
                    .forEach(offer -> offers.add(new OfferPoint(offer.lat(), offer.lon())));
            return new Points(List.copyOf(families), List.copyOf(offers));
        });
    }
}
