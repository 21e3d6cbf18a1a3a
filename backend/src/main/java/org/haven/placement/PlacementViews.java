package org.haven.placement;

import org.haven.family.FamilyPlacements;
import org.haven.placement.PlacementDtos.HostPlacementResponse;
import org.haven.placement.PlacementDtos.PlacementResponse;
import org.springframework.stereotype.Component;

/** Placements as caseworkers and hosts see them. */
@Component
class PlacementViews {

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

    /** The host's view: the family's minimal summary, nothing a caseworker wrote. */
    HostPlacementResponse forHost(Placement placement) {
        return mapper.toHostResponse(placement, families.hostFacingSummary(placement.getFamilyId()), schedule);
    }
}
