package org.haven.host;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.haven.shared.MapArea;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers on the caseworkers' map: those matching may use (the stored {@code offer.matchable}, the
 * same answer runs and candidate lists read) inside a part of the map, counted or as pins, or every
 * one's place for the zoomed-out map; and given offers (those live placements hold) as pins.
 * Approximate places only.
 */
@Component
public class OffersOnMap {

    /** What the map shows of an offer: never its address. */
    public record OfferPin(UUID id, String title, OfferType type, double lat, double lon, String place,
                           int maxGuests, UUID hostId) {
    }

    private static final String PIN = "select new org.haven.host.OffersOnMap$OfferPin(o.id, o.title, o.type, o.lat,"
            + " o.lon, o.locationLabel, o.maxGuests, o.hostId)";
    private static final String AVAILABLE_IN = " from Offer o where o.matchable = true"
            + " and o.lat between :south and :north and o.lon between :west and :east";

    /** Well under any database's limit of bind parameters in one statement. */
    private static final int IDS_PER_QUERY = 1000;

    private final EntityManager entities;

    OffersOnMap(EntityManager entities) {
        this.entities = entities;
    }

    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public long countAvailable(MapArea area) {
        return in(area, entities.createQuery("select count(o)" + AVAILABLE_IN, Long.class)).getSingleResult();
    }

    /** Where an available offer is: what the zoomed-out map counts. */
    public record OfferPoint(double lat, double lon) {
    }

    /** Every available offer's place, read from the index that holds it ({@code ix_offer_map}). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<OfferPoint> availablePoints() {
        return entities.createQuery("select new org.haven.host.OffersOnMap$OfferPoint(o.lat, o.lon) from Offer o"
                + " where o.matchable = true", OfferPoint.class).getResultList();
    }

    /** Up to {@code limit} available offers of the area. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<OfferPin> available(MapArea area, int limit) {
        return in(area, entities.createQuery(PIN + AVAILABLE_IN + " order by o.id", OfferPin.class))
                .setMaxResults(limit).getResultList();
    }

    /** The given offers, whatever their status (e.g. those live placements hold). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<OfferPin> pins(Collection<UUID> offerIds) {
        return among(offerIds, "", query -> query);
    }

    /** Those of the given offers inside the area, whatever their status (e.g. those live placements hold). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<OfferPin> pinsIn(Collection<UUID> offerIds, MapArea area) {
        return among(offerIds, " and o.lat between :south and :north and o.lon between :west and :east",
                query -> in(area, query));
    }

    /** Those of the given offers that are available (e.g. a proposal's offer outside the area). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<OfferPin> availableAmong(Collection<UUID> offerIds) {
        return among(offerIds, " and o.matchable = true", query -> query);
    }

    /** The given offers meeting the condition, whose other parameters {@code bind} sets. */
    private List<OfferPin> among(Collection<UUID> offerIds, String condition, UnaryOperator<TypedQuery<OfferPin>> bind) {
        List<UUID> ids = List.copyOf(offerIds);
        List<OfferPin> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            TypedQuery<OfferPin> query = entities.createQuery(PIN + " from Offer o where o.id in :ids" + condition,
                    OfferPin.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)));
            found.addAll(bind.apply(query).getResultList());
        }
        return found;
    }

    private static <T> TypedQuery<T> in(MapArea area, TypedQuery<T> query) {
        return query.setParameter("south", area.south()).setParameter("north", area.north())
                .setParameter("west", area.west()).setParameter("east", area.east());
    }
}
