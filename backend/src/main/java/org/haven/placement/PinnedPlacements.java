package org.haven.placement;

import java.util.List;

import org.haven.matching.LivePlacements;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Every live placement's pair, for matching runs to pin. */
@Component
class PinnedPlacements implements LivePlacements {

    private final PlacementRepository placements;

    PinnedPlacements(PlacementRepository placements) {
        this.placements = placements;
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<PinnedPair> pinnedPairs() {
        return placements.findLivePairs().stream().map(live -> new PinnedPair(live.familyId(), live.offerId()))
                .toList();
    }
}
