package org.haven.imports;

import java.util.UUID;

import org.haven.shared.AuditableEvent;

/**
 * A caseworker ran an import: audited once per file, with the import run (its counts) as the
 * subject. Each family case, host, household and offer it created is audited on its own as well.
 */
record ImportCompleted(UUID importId, UUID actorId, ImportKind kind) implements AuditableEvent {

    @Override
    public String action() {
        return "IMPORT_" + kind.name();
    }

    @Override
    public String subjectType() {
        return "IMPORT";
    }

    @Override
    public UUID subjectId() {
        return importId;
    }
}
