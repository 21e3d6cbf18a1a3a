package org.haven.imports;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An import that ran: who, when, and the counts of its report (never the file's contents). */
@Entity
@Table(name = "import_run")
class ImportRun {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportKind kind;

    @Column(name = "imported_by", nullable = false)
    private UUID importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(name = "rows_refused", nullable = false)
    private int rowsRefused;

    @Column(name = "records_imported", nullable = false)
    private int recordsImported;

    @Column(name = "records_refused", nullable = false)
    private int recordsRefused;

    protected ImportRun() {
    }

    /** The run of import job {@code id}: the same id, so the audit names the job the API answered. */
    ImportRun(UUID id, ImportKind kind, UUID importedBy, Instant importedAt, ImportCounts counts) {
        this.id = id;
        this.kind = kind;
        this.importedBy = importedBy;
        this.importedAt = importedAt;
        this.rowsImported = counts.rowsImported();
        this.rowsRefused = counts.rowsRefused();
        this.recordsImported = counts.recordsImported();
        this.recordsRefused = counts.recordsRefused();
    }

    UUID getId() {
        return id;
    }

    ImportKind getKind() {
        return kind;
    }
}
