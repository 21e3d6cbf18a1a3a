package org.haven.imports;

import java.util.List;
import java.util.UUID;

import org.haven.imports.ImportReport.RowReport;
import org.haven.imports.ImportReport.RowStatus;

/**
 * One record of a file, imported or refused whole: a family (all its rows) or an offer (one row).
 * Records are read from the file at once, when it is accepted; they are imported later, in batches.
 */
interface ImportRecord {

    /** How many rows of the file it covers: the job's progress counts rows. */
    int rows();

    /** Imports the record, trying to save it through {@code attempts}; the report of each of its rows. */
    List<RowReport> importWith(RecordAttempts attempts, UUID actorId);

    /** Whether the record was imported, from its rows' report. */
    static boolean imported(List<RowReport> rows) {
        return !rows.isEmpty() && rows.get(0).status() == RowStatus.IMPORTED;
    }
}
