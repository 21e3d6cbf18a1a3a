package org.haven.statistics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.haven.family.FamilyStatus;
import org.haven.family.Urgency;
import org.haven.host.HostFigures.AreaAvailability;
import org.haven.host.VettingStatus;
import org.haven.placement.EndReason;
import org.haven.placement.PlacementStatus;

/**
 * The admins' figures (docs/api.md). {@code medianDaysToMatch}: from a family becoming READY to a
 * caseworker approving its placement, null before the first one; {@code breakdownRate}: ended
 * placements that ended in BREAKDOWN, between 0 and 1, null before the first end.
 */
record Statistics(Instant generatedAt, Map<VettingStatus, Long> hostsByStatus, List<AreaAvailability> availableByArea,
                  Map<FamilyStatus, Long> familiesByStatus, Map<Urgency, Long> waitingByUrgency,
                  Double medianDaysToMatch, int placementsApproved, Map<PlacementStatus, Long> placementsByStatus,
                  Map<EndReason, Long> endedByReason, Double breakdownRate) {
}
