package org.haven.imports;

import java.util.List;
import java.util.UUID;

import org.haven.shared.FieldError;

/**
 * What an import did, row by row. {@code imported}/{@code refused} count rows; the
 * {@code …Records} counts are families (a family spans several rows) or offers (one row each).
 */
record ImportReport(int imported, int refused, int importedRecords, int refusedRecords, List<RowReport> rows) {

    enum RowStatus {
        IMPORTED,
        REFUSED
    }

    /**
     * One row as a spreadsheet numbers it (the header is row 1). {@code key} is the row's own
     * key (the family reference of the file, or the host's email); {@code id} and
     * {@code reference} name what it became: the case (and its Haven reference) or the offer.
     * {@code errors} name the CSV column in {@code field}.
     */
    record RowReport(int row, String key, RowStatus status, UUID id, String reference, List<FieldError> errors) {
    }
}
