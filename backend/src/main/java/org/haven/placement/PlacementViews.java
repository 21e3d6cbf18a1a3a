package org.haven.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.family.FamilyPlacements;
import org.haven.placement.PlacementDtos.HostPlacementResponse;
import org.haven.placement.PlacementDtos.PlacementResponse;
import org.springframework.stereotype.Component;

/** Placements as caseworkers and hosts see them. */
@Component
class PlacementViews {

    /** Well under any database's limit of bind parameters in one statement. */
    private static final int IDS_PER_QUERY = 1000;

    private final PlacementMapper mapper;
    private final CheckInRepository checkIns;
    private final FamilyPlacements families;
    private final PlacementSchedule schedule;

    PlacementViews(PlacementMapper mapper, CheckInRepository checkIns, FamilyPlacements families,
            PlacementSchedule schedule) {
        this.mapper = mapper;
        this.checkIns = checkIns;
        this.families = families;
        this.schedule = schedule;
    }

    PlacementResponse full(Placement placement) {
        return mapper.toResponse(placement, checkIns.findByPlacementIdOrderByDateDesc(placement.getId()), schedule);
    }

    /** Many placements with their check-ins read in one query, not one query each. */
    List<PlacementResponse> full(List<Placement> placements) {
        Map<UUID, List<CheckIn>> checkInsOf = checkInsOf(placements);
        return placements.stream()
                .map(placement -> mapper.toResponse(placement, checkInsOf.get(placement.getId()), schedule)).toList();
    }

    /** Each placement's check-ins, newest first (an empty list for none). */
    Map<UUID, List<CheckIn>> checkInsOf(List<Placement> placements) {
        Map<UUID, List<CheckIn>> byPlacement = new HashMap<>();
        placements.forEach(placement -> byPlacement.put(placement.getId(), new ArrayList<>()));
        List<UUID> ids = List.copyOf(byPlacement.keySet());
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            checkIns.findByPlacementIdIn(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .forEach(checkIn -> byPlacement.get(checkIn.getPlacementId()).add(checkIn));
        }
        byPlacement.values().forEach(list -> list.sort(Comparator.comparing(CheckIn::getDate).reversed()));
        return byPlacement;
    }

    /** The host's view: the family's minimal summary, nothing a caseworker wrote. */
    HostPlacementResponse forHost(Placement placement) {
        return mapper.toHostResponse(placement, families.hostFacingSummary(placement.getFamilyId()), schedule);
    }
}
