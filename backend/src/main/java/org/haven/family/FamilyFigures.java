package org.haven.family;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the admins' statistics: statuses and urgencies only, never a case's content. */
@Component
public class FamilyFigures {

    public record Figures(Map<FamilyStatus, Long> familiesByStatus, Map<Urgency, Long> waitingByUrgency) {
    }

    private final FamilyCaseRepository families;

    FamilyFigures(FamilyCaseRepository families) {
        this.families = families;
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        Map<FamilyStatus, Long> byStatus = new EnumMap<>(FamilyStatus.class);
        for (FamilyStatus status : FamilyStatus.values()) {
            byStatus.put(status, 0L);
        }
        Map<Urgency, Long> waiting = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            waiting.put(urgency, 0L);
        }
        // Counted by the database: loading every case to count it took seconds with 10,000 cases.
        for (FamilyCaseRepository.StatusCount count : families.countByStatusAndUrgency()) {
            byStatus.merge(count.getStatus(), count.getCount(), Long::sum);
            if (count.isMatchable()) { // waiting as the dashboard counts it: the families matching takes
                waiting.merge(count.getUrgency(), count.getCount(), Long::sum);
            }
        }
        return new Figures(byStatus, waiting);
    }
}
