package org.haven.family;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.shared.AuditActions;
import org.haven.shared.AuditSubjectNames;
import org.springframework.stereotype.Component;

/** The audit actions of {@link FamilyEvents}, and a case's name in the log: its reference. */
@Component
class FamilyAuditActions implements AuditActions, AuditSubjectNames {

    private final FamilyCaseRepository cases;

    FamilyAuditActions(FamilyCaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> auditActions() {
        Set<String> actions = new HashSet<>(Set.of("FAMILY_CREATED", "FAMILY_READ", "FAMILY_UPDATED",
                "FAMILY_HISTORY_READ", "FAMILY_EXPORTED", "FAMILY_ERASED", "FAMILY_ERASED_BY_RETENTION",
                "FAMILY_INTAKE_LINK_CREATED", "FAMILY_INTAKE_SAVED", "FAMILY_INTAKE_SUBMITTED"));
        actions.addAll(AuditActions.perConstant(FamilyStatus.class, status -> "FAMILY_STATUS_" + status.name()));
        return actions;
    }

    @Override
    public String subjectType() {
        return FamilyEvents.FAMILY;
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return AuditSubjectNames.byId(cases.findReferences(ids));
    }
}
