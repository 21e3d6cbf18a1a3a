package org.haven.imports;

import java.util.Set;

import org.haven.shared.AuditActions;
import org.springframework.stereotype.Component;

/** The audit actions of {@link ImportCompleted}. */
@Component
class ImportAuditActions implements AuditActions {

    @Override
    public Set<String> auditActions() {
        return AuditActions.perConstant(ImportKind.class, kind -> new ImportCompleted(null, null, kind).action());
    }
}
