package org.haven.imports;

import java.util.List;

import org.haven.imports.ImportReport.RowReport;
import org.haven.imports.ImportReport.RowStatus;

/** Rows and records (families or offers) imported and refused: of a batch, or of a whole job so far. */
record ImportCounts(int rowsImported, int rowsRefused, int recordsImported, int recordsRefused) {

    static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    /** The counts of one record's rows. */
    static ImportCounts ofRecord(List<RowReport> rows) {
        int imported = (int) rows.stream().filter(row -> row.status() == RowStatus.IMPORTED).count();
        boolean recordImported = ImportRecord.imported(rows);
        return new ImportCounts(imported, rows.size() - imported, recordImported ? 1 : 0, recordImported ? 0 : 1);
    }

    ImportCounts plus(ImportCounts other) {
        return new ImportCounts(rowsImported + other.rowsImported, rowsRefused + other.rowsRefused,
                recordsImported + other.recordsImported, recordsRefused + other.recordsRefused);
    }

    int rows() {
        return rowsImported + rowsRefused;
    }
}
