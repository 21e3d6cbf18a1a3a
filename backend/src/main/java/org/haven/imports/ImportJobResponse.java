package org.haven.imports;

import java.time.Instant;
import java.util.UUID;

/**
 * An import job as every caseworker may see it: its progress ({@code processedRows} of
 * {@code totalRows}) and counts, never its rows. {@code failure}: why a FAILED job stopped,
 * {@code INTERRUPTED} (Haven stopped while it ran) or {@code ERROR}. {@code reportVisible}: whether
 * the caller may read its row-by-row report (the caseworker who started it, while it is kept).
 */
record ImportJobResponse(UUID id, ImportKind kind, ImportJobStatus status, int totalRows, int processedRows,
                         int imported, int refused, int importedRecords, int refusedRecords, Instant startedAt,
                         Instant finishedAt, String failure, boolean reportVisible) {
}
