package org.haven.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.haven.shared.MapArea;
import org.haven.shared.MapCell;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting families (the stored answer of {@link FamilyRules#matchable}, as the dashboard and
 * matching read it) inside a part of the map: counted, counted per grid cell, or the first few as
 * pins. Each is one query over plain columns, so a map of the whole country costs the database a
 * grouping, not a row per family in the answer.
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

    /** The waiting families of the area counted per cell of a grid of {@code size} degrees. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<MapCell> waitingCells(MapArea area, double size, Urgency urgency) {
        List<Object[]> rows = in(area, urgency, entities.createQuery(MapCell.select("f", size) + WAITING_IN
                + urgencyClause(urgency) + MapCell.groupBy("f", size), Object[].class)).getResultList();
        return rows.stream().map(MapCell::ofRow).toList();
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
        List<FamilyOverview.Summary> found = new ArrayList<>();
        List<UUID> ids = List.copyOf(familyIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(entities.createQuery(FamilyCaseRepository.OVERVIEW + " where f.matchable = true"
                    + " and f.id in :ids" + FamilyCaseRepository.OVERVIEW_GROUP, FamilyOverview.Summary.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
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
