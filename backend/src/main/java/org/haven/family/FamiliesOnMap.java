package org.haven.family;

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
 * The waiting families (the stored answer of {@link FamilyRules#matchable}, as the dashboard and
 * matching read it) on the map: counted or the first few as pins inside a part of it, or every one's
 * place and urgency for the zoomed-out map. Each is one query over plain columns.
 */
@Component
public class FamiliesOnMap {

    private static final String WAITING_IN = " from FamilyCase f where f.matchable = true"
            + " and f.lat between :south and :north and f.lon between :west and :east";

    /** Well under any database's limit of bind parameters in one statement. */
    private static final int IDS_PER_QUERY = 1000;

    private final EntityManager entities;

    FamiliesOnMap(EntityManager entities) {
        this.entities = entities;
    }

    /** How many waiting families are in the area ({@code urgency} null: of any urgency). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public long countWaiting(MapArea area, Urgency urgency) {
        return in(area, urgency, entities.createQuery("select count(f)" + WAITING_IN + urgencyClause(urgency),
                Long.class)).getSingleResult();
    }

    /** Where a waiting family is and how urgent: what the zoomed-out map counts. */
    public record WaitingPoint(Double lat, Double lon, Urgency urgency) {
    }

    /**
     * Every waiting family with a place, read from the index that holds these columns
     * ({@code ix_family_case_map}): the zoomed-out map counts them per cell (see CaseworkerMap).
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<WaitingPoint> waitingPoints() {
        return entities.createQuery("select new org.haven.family.FamiliesOnMap$WaitingPoint(f.lat, f.lon, f.urgency)"
                + " from FamilyCase f where f.matchable = true and f.lat is not null and f.lon is not null",
                WaitingPoint.class).getResultList();
    }

    /** Up to {@code limit} waiting families of the area, those waiting longest first. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<FamilyOverview.Summary> waiting(MapArea area, Urgency urgency, int limit) {
        return in(area, urgency, entities.createQuery(FamilyCaseRepository.OVERVIEW + " where f.matchable = true"
                + " and f.lat between :south and :north and f.lon between :west and :east" + urgencyClause(urgency)
                + FamilyCaseRepository.OVERVIEW_GROUP + " order by f.readyAt, f.id", FamilyOverview.Summary.class))
                .setMaxResults(limit).getResultList();
    }

    /** Those of the given families that are waiting (e.g. a proposal's family outside the area). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<FamilyOverview.Summary> waitingAmong(Collection<UUID> familyIds) {
        return among(familyIds, " and f.matchable = true", query -> query);
    }

    /**
     * Those of the given families inside the area, whatever their status (e.g. those in live
     * placements), of the urgency asked for (null: any).
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<FamilyOverview.Summary> amongIn(Collection<UUID> familyIds, MapArea area, Urgency urgency) {
        return among(familyIds, " and f.lat between :south and :north and f.lon between :west and :east"
                + urgencyClause(urgency), query -> in(area, urgency, query));
    }

    private List<FamilyOverview.Summary> among(Collection<UUID> familyIds, String condition,
            UnaryOperator<TypedQuery<FamilyOverview.Summary>> bind) {
        List<FamilyOverview.Summary> found = new ArrayList<>();
        List<UUID> ids = List.copyOf(familyIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(bind.apply(entities.createQuery(FamilyCaseRepository.OVERVIEW + " where f.id in :ids"
                    + condition + FamilyCaseRepository.OVERVIEW_GROUP, FamilyOverview.Summary.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))))
                    .getResultList());
        }
        return found;
    }

    private static String urgencyClause(Urgency urgency) {
        return urgency == null ? "" : " and f.urgency = :urgency";
    }

    private static <T> TypedQuery<T> in(MapArea area, Urgency urgency, TypedQuery<T> query) {
        query.setParameter("south", area.south()).setParameter("north", area.north())
                .setParameter("west", area.west()).setParameter("east", area.east());
        return urgency == null ? query : query.setParameter("urgency", urgency);
    }

}
