package org.haven.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code import_job} table (V32): each statement runs in the caller's transaction. The lease
 * (owner, expiry) says which instance imports a RUNNING job; every write of the importing instance
 * names itself as owner, so an instance that lost its job (taken as FAILED after its lease expired)
 * writes nothing more to it.
 */
@Component
class ImportJobStore {

    /** A job as stored. */
    record Job(UUID id, ImportKind kind, ImportJobStatus status, UUID startedBy, Instant startedAt,
               Instant finishedAt, int totalRows, int processedRows, ImportCounts counts, String failure,
               Instant leaseExpiresAt) {
    }

    private static final String COLUMNS = "id, kind, status, started_by, started_at, finished_at, total_rows, "
            + "processed_rows, rows_imported, rows_refused, records_imported, records_refused, failure, lease_expires_at";

    private final JdbcTemplate jdbc;

    ImportJobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the single start row until the transaction ends: starts on every instance take turns. */
    void lockStarts() {
        jdbc.queryForObject("SELECT id FROM import_lock WHERE id = 1 FOR UPDATE", Integer.class);
    }

    Optional<Job> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE id = ?", ImportJobStore::job, id).stream()
                .findFirst();
    }

    List<Job> running() {
        return jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE status = 'RUNNING' ORDER BY started_at",
                ImportJobStore::job);
    }

    /**
     * The running import (anyone's) and {@code startedBy}'s own ended after {@code endedAfter},
     * newest first, at most {@code limit}.
     */
    List<Job> current(UUID startedBy, Instant endedAfter, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM import_job WHERE status = 'RUNNING' "
                + "OR (started_by = ? AND finished_at > ?) ORDER BY started_at DESC, id LIMIT ?", ImportJobStore::job,
                startedBy, time(endedAfter), limit);
    }

    void insert(UUID id, ImportKind kind, UUID startedBy, Instant now, int totalRows, String owner, Instant expiry) {
        jdbc.update("INSERT INTO import_job (id, kind, status, started_by, started_at, total_rows, processed_rows, "
                + "rows_imported, rows_refused, records_imported, records_refused, owner, lease_expires_at) "
                + "VALUES (?, ?, 'RUNNING', ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)",
                id, kind.name(), startedBy, time(now), totalRows, owner, time(expiry));
    }

    /**
     * Renews {@code owner}'s lease on a RUNNING job, locking its row until the transaction ends (a
     * batch holds it while it imports); false when the job is not this owner's to import any more.
     */
    boolean renew(UUID id, String owner, Instant expiry) {
        return jdbc.update("UPDATE import_job SET lease_expires_at = ? WHERE id = ? AND owner = ? AND status = 'RUNNING'",
                time(expiry), id, owner) == 1;
    }

    /** Adds a batch's rows to the job's progress; the caller has {@link #renew renewed} (and locked) it. */
    void addProgress(UUID id, int rows, ImportCounts batch) {
        jdbc.update("UPDATE import_job SET processed_rows = processed_rows + ?, rows_imported = rows_imported + ?, "
                + "rows_refused = rows_refused + ?, records_imported = records_imported + ?, "
                + "records_refused = records_refused + ? WHERE id = ?",
                rows, batch.rowsImported(), batch.rowsRefused(), batch.recordsImported(), batch.recordsRefused(), id);
    }

    /** Ends {@code owner}'s RUNNING job; false when it is not theirs any more. */
    boolean finish(UUID id, String owner, ImportJobStatus status, String failure, Instant now) {
        return jdbc.update("UPDATE import_job SET status = ?, failure = ?, finished_at = ?, owner = NULL, "
                + "lease_expires_at = NULL WHERE id = ? AND owner = ? AND status = 'RUNNING'",
                status.name(), failure, time(now), id, owner) == 1;
    }

    /** Ends a RUNNING job as FAILED if its lease has expired by {@code now}; false when it has not (or it ended). */
    boolean failIfExpired(UUID id, String failure, Instant now) {
        return jdbc.update("UPDATE import_job SET status = 'FAILED', failure = ?, finished_at = ?, owner = NULL, "
                + "lease_expires_at = NULL WHERE id = ? AND status = 'RUNNING' AND lease_expires_at < ?",
                failure, time(now), id, time(now)) == 1;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static Job job(ResultSet row, int number) throws SQLException {
        return new Job(row.getObject("id", UUID.class), ImportKind.valueOf(row.getString("kind")),
                ImportJobStatus.valueOf(row.getString("status")), row.getObject("started_by", UUID.class),
                instant(row, "started_at"), instant(row, "finished_at"), row.getInt("total_rows"),
                row.getInt("processed_rows"), new ImportCounts(row.getInt("rows_imported"), row.getInt("rows_refused"),
                        row.getInt("records_imported"), row.getInt("records_refused")),
                row.getString("failure"), instant(row, "lease_expires_at"));
    }
}
