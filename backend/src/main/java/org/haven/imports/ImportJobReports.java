package org.haven.imports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.haven.imports.ImportReport.RowReport;
import org.haven.shared.FieldError;
import org.haven.shared.crypto.FieldEncryptor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The row-by-row reports of import jobs (table {@code import_job_batch}): each batch's rows as
 * JSON, encrypted like every other field holding a family's or a host's details, written in the
 * batch's transaction. A key or message is cut to a length a person reads: a cell of a megabyte
 * is reported by its start.
 */
@Component
class ImportJobReports {

    static final int MAX_KEY = 200;
    static final int MAX_MESSAGE = 1_000;
    private static final TypeReference<List<RowReport>> ROWS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final FieldEncryptor encryptor;
    private final ObjectMapper json;

    ImportJobReports(JdbcTemplate jdbc, FieldEncryptor encryptor, ObjectMapper json) {
        this.jdbc = jdbc;
        this.encryptor = encryptor;
        this.json = json;
    }

    void save(UUID jobId, int batchNumber, List<RowReport> rows) {
        try {
            String report = json.writeValueAsString(rows.stream().map(ImportJobReports::shortened).toList());
            jdbc.update("INSERT INTO import_job_batch (job_id, batch_number, report) VALUES (?, ?, ?)", jobId,
                    batchNumber, encryptor.encrypt(report));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import report could not be written as JSON", e);
        }
    }

    /** Every row reported so far, in file order. */
    List<RowReport> rows(UUID jobId) {
        List<RowReport> rows = new ArrayList<>();
        for (String stored : jdbc.queryForList("SELECT report FROM import_job_batch WHERE job_id = ? ORDER BY batch_number",
                String.class, jobId)) {
            try {
                rows.addAll(json.readValue(encryptor.decrypt(stored), ROWS));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("An import report could not be read", e);
            }
        }
        rows.sort(Comparator.comparingInt(RowReport::row));
        return rows;
    }

    /** Deletes the reports of jobs that ended before {@code cutoff}; how many batches went. */
    int deleteEndedBefore(Instant cutoff) {
        return jdbc.update("DELETE FROM import_job_batch WHERE job_id IN "
                + "(SELECT id FROM import_job WHERE finished_at < ?)", OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC));
    }

    private static RowReport shortened(RowReport row) {
        return new RowReport(row.row(), cut(row.key(), MAX_KEY), row.status(), row.id(), row.reference(),
                row.errors().stream().map(error -> new FieldError(cut(error.field(), MAX_KEY), error.code(),
                        cut(error.message(), MAX_MESSAGE))).toList());
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
