package org.haven.placement;

import java.util.List;
import java.util.UUID;

import org.haven.placement.PlacementDtos.PlacementResponse;
import org.haven.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Placements for caseworkers: all of them, or those in one status, newest approval first. */
@Service
class PlacementQueries {

    private final PlacementRepository placements;
    private final PlacementViews views;

    PlacementQueries(PlacementRepository placements, PlacementViews views) {
        this.placements = placements;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public List<PlacementResponse> list(PlacementStatus status) {
        List<Placement> found = status == null ? placements.findAllByOrderByApprovedAtDesc()
                : placements.findByStatusInOrderByApprovedAtDesc(List.of(status));
        return views.full(found);
    }

    @Transactional(readOnly = true)
    public PlacementResponse get(UUID placementId) {
        return views.full(placements.findById(placementId)
                .orElseThrow(() -> ProblemException.notFound("This placement")));
    }
}
