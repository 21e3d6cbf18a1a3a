package org.haven.placement;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the admins' statistics: placements by status and outcome, and each time to match. */
@Component
public class PlacementFigures {

    /** {@code daysToMatch}: for each approved placement, whole days from the family's READY to approval. */
    public record Figures(Map<PlacementStatus, Long> byStatus, Map<EndReason, Long> endedByReason,
                          List<Long> daysToMatch) {
    }

    private final PlacementRepository placements;

    PlacementFigures(PlacementRepository placements) {
        this.placements = placements;
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        List<Placement> all = placements.findAll();
        Map<PlacementStatus, Long> byStatus = new EnumMap<>(PlacementStatus.class);
        for (PlacementStatus status : PlacementStatus.values()) {
            byStatus.put(status, all.stream().filter(placement -> placement.getStatus() == status).count());
        }
        Map<EndReason, Long> byReason = new EnumMap<>(EndReason.class);
        for (EndReason reason : EndReason.values()) {
            byReason.put(reason, all.stream().filter(placement -> placement.getEndReason() == reason).count());
        }
        List<Long> days = all.stream().filter(placement -> placement.getFamilyReadyAt() != null)
                .map(placement -> Duration.between(placement.getFamilyReadyAt(), placement.getApprovedAt()).toDays())
                .filter(value -> value >= 0).toList();
        return new Figures(byStatus, byReason, days);
    }
}
