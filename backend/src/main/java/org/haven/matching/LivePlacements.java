package org.haven.matching;

import java.util.List;
import java.util.UUID;

/**
 * The pairs in live placements, which every run pins (docs/matching.md "What enters a run"). The
 * placement module provides it; matching must not depend on placements, which depend on matching.
 */
public interface LivePlacements {

    record PinnedPair(UUID familyId, UUID offerId) {
    }

    List<PinnedPair> pinnedPairs();
}
