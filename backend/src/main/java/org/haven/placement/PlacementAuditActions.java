package org.haven.placement;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.placement.PlacementEvents.Action;
import org.haven.placement.PlacementEvents.PlacementChanged;
import org.haven.shared.AuditActions;
import org.haven.shared.AuditSubjectNames;
import org.springframework.stereotype.Component;

/** The audit actions of {@link PlacementEvents}, and a placement's name in the log: its family's reference. */
@Component
class PlacementAuditActions implements AuditActions, AuditSubjectNames {

    private final PlacementRepository placements;

    PlacementAuditActions(PlacementRepository placements) {
        this.placements = placements;
    }

    @Override
    public Set<String> auditActions() {
        return AuditActions.perConstant(Action.class,
                change -> new PlacementChanged(null, null, change, null, null, null, null).action());
    }

    @Override
    public String subjectType() {
        return "PLACEMENT";
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return AuditSubjectNames.byId(placements.findFamilyReferences(ids));
    }
}
