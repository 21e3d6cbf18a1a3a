package org.haven.family;

import java.util.EnumMap;
import java.util.List;
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
        List<FamilyCase> all = families.findAll();
        Map<FamilyStatus, Long> byStatus = new EnumMap<>(FamilyStatus.class);
        for (FamilyStatus status : FamilyStatus.values()) {
            byStatus.put(status, all.stream().filter(family -> family.getStatus() == status).count());
        }
        Map<Urgency, Long> waiting = new EnumMap<>(Urgency.class);
        for (Urgency urgency : Urgency.values()) {
            waiting.put(urgency, all.stream().filter(family -> family.getStatus() == FamilyStatus.READY
                    && family.getUrgency() == urgency).count());
        }
        return new Figures(byStatus, waiting);
    }
}
