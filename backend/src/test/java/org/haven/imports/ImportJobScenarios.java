package org.haven.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.imports.ImportFixtures.FAMILY_HEADER;
import static org.haven.imports.ImportFixtures.awaitEnd;
import static org.haven.imports.ImportFixtures.csv;
import static org.haven.imports.ImportFixtures.errors;
import static org.haven.imports.ImportFixtures.inDays;
import static org.haven.imports.ImportFixtures.row;
import static org.haven.imports.ImportFixtures.uploadFamilies;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The life of an import job, asserted the same way on H2 ({@link ImportJobApiTest}) and on
 * PostgreSQL ({@link ImportPostgresApiTest}): what is shared between instances lives in the database.
 */
final class ImportJobScenarios {

    private ImportJobScenarios() {
    }

    /**
     * Accepted at once (202, the job), its progress readable by every caseworker, then DONE with the
     * report of every row for the caseworker who started it only; audited once, as the job.
     */
    static void anUploadIsAcceptedThenReportedRowByRow(ApiClient caseworker, ApiClient otherCaseworker,
            JdbcTemplate jdbc) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String when = inDays(10);
        byte[] file = csv(FAMILY_HEADER,
                "J1,HIGH,Jnadia" + tag + ",34,F,LEAD,no,fa;ps,,Leeds," + when + ",12,,READY",
                "J1,,Jomid" + tag + ",8,M,CHILD,,,,,,,,",
                "J2,HIGH,Jfarid" + tag + ",forty,M,LEAD,,fa,,Leeds," + when + ",12,,",
                "J3,NORMAL,Jmina" + tag + ",29,F,LEAD,,uk,,Leeds," + when + ",6,,");

        Response accepted = uploadFamilies(caseworker, file);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode started = accepted.json();
        String id = started.path("id").asText();
        assertThat(accepted.headers().firstValue("Location")).hasValue("/api/import/jobs/" + id);
        assertThat(started.path("kind").asText()).isEqualTo("FAMILIES");
        assertThat(started.path("status").asText()).isIn("RUNNING", "DONE");
        assertThat(started.path("totalRows").asInt()).isEqualTo(4);
        assertThat(started.path("reportVisible").asBoolean()).isTrue();

        JsonNode done = awaitEnd(caseworker, accepted);
        assertThat(done.path("status").asText()).isEqualTo("DONE");
        assertThat(done.path("processedRows").asInt()).isEqualTo(4);
        assertThat(done.path("imported").asInt()).isEqualTo(3);
        assertThat(done.path("refused").asInt()).isEqualTo(1);
        assertThat(done.path("importedRecords").asInt()).isEqualTo(2);
        assertThat(done.path("refusedRecords").asInt()).isEqualTo(1);
        assertThat(done.path("finishedAt").isNull()).isFalse();

        JsonNode report = caseworker.get("/api/import/jobs/" + id + "/report").json();
        assertThat(report.path("imported").asInt()).isEqualTo(3);
        assertThat(report.path("refusedRecords").asInt()).isEqualTo(1);
        assertThat(report.path("rows")).hasSize(4);
        assertThat(row(report, 2).path("reference").asText()).matches("F-[A-Z2-9]{6}");
        assertThat(row(report, 3).path("id").asText()).isEqualTo(row(report, 2).path("id").asText());
        assertThat(errors(row(report, 4))).containsExactly("age invalid-format");
        assertThat(row(report, 4).path("key").asText()).isEqualTo("J2");
        assertThat(row(report, 5).path("status").asText()).isEqualTo("IMPORTED");

        // Coming back to the page, its caseworker finds the ended import with its report; another does not.
        JsonNode own = caseworker.get("/api/import/jobs").json().path("items");
        assertThat(own).anySatisfy(job -> {
            assertThat(job.path("id").asText()).isEqualTo(id);
            assertThat(job.path("status").asText()).isEqualTo("DONE");
            assertThat(job.path("reportVisible").asBoolean()).isTrue();
        });
        assertThat(ids(otherCaseworker.get("/api/import/jobs").json())).doesNotContain(id);

        // Another caseworker sees that an import ran and how far it got, never its rows.
        JsonNode seen = otherCaseworker.get("/api/import/jobs/" + id).json();
        assertThat(seen.path("processedRows").asInt()).isEqualTo(4);
        assertThat(seen.path("reportVisible").asBoolean()).isFalse();
        assertThat(otherCaseworker.get("/api/import/jobs/" + id + "/report").status()).isEqualTo(404);
        assertThat(caseworker.get("/api/import/jobs/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(caseworker.get("/api/import/jobs/" + UUID.randomUUID() + "/report").status()).isEqualTo(404);

        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT_FAMILIES' "
                + "and subject_id = ?", Integer.class, UUID.fromString(id))).isEqualTo(1);
        assertThat(jdbc.queryForObject("select rows_imported from import_run where id = ?", Integer.class,
                UUID.fromString(id))).isEqualTo(3);
        assertThat(jdbc.queryForObject("select report from import_job_batch where job_id = ? and batch_number = 1",
                String.class, UUID.fromString(id))).as("the report is stored encrypted").startsWith("v1:")
                .doesNotContain("\"key\"");
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(job -> ids.add(job.path("id").asText()));
        return ids;
    }

    /**
     * One import at a time across instances: a job another instance runs (its lease live) refuses a
     * new upload with 409 naming it; once its lease has expired (the instance died) it is FAILED,
     * audited with what it had done, and the upload is accepted.
     */
    static void anImportRunningElsewhereRefusesAnotherUntilItsLeaseExpires(ApiClient caseworker, JdbcTemplate jdbc) {
        UUID elsewhere = UUID.randomUUID();
        UUID startedBy = UUID.randomUUID();
        jdbc.update("insert into import_job (id, kind, status, started_by, started_at, total_rows, processed_rows, "
                + "rows_imported, rows_refused, records_imported, records_refused, owner, lease_expires_at) "
                + "values (?, 'OFFERS', 'RUNNING', ?, ?, 500, 200, 190, 10, 190, 10, 'another-instance', ?)",
                elsewhere, startedBy, OffsetDateTime.now().minusMinutes(1), OffsetDateTime.now().plusMinutes(5));
        try {
            String tag = UUID.randomUUID().toString().substring(0, 6);
            byte[] file = csv(FAMILY_HEADER, "Q1,HIGH,Qnoor" + tag + ",30,F,LEAD,,,,,,,,");

            Response refused = uploadFamilies(caseworker, file);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.problemType()).isEqualTo("import-in-progress");
            assertThat(refused.json().path("importId").asText()).isEqualTo(elsewhere.toString());
            // Every caseworker finds the running import on the page, its progress only.
            JsonNode listed = caseworker.get("/api/import/jobs").json().path("items");
            assertThat(listed).anySatisfy(job -> {
                assertThat(job.path("id").asText()).isEqualTo(elsewhere.toString());
                assertThat(job.path("reportVisible").asBoolean()).isFalse();
            });
            JsonNode running = caseworker.get("/api/import/jobs/" + elsewhere).json();
            assertThat(running.path("status").asText()).isEqualTo("RUNNING");
            assertThat(running.path("processedRows").asInt()).isEqualTo(200);
            assertThat(running.path("totalRows").asInt()).isEqualTo(500);

            jdbc.update("update import_job set lease_expires_at = ? where id = ?", OffsetDateTime.now().minusSeconds(1),
                    elsewhere);
            Response accepted = uploadFamilies(caseworker, file);
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            assertThat(awaitEnd(caseworker, accepted).path("status").asText()).isEqualTo("DONE");

            JsonNode failed = caseworker.get("/api/import/jobs/" + elsewhere).json();
            assertThat(failed.path("status").asText()).isEqualTo("FAILED");
            assertThat(failed.path("failure").asText()).isEqualTo("INTERRUPTED");
            assertThat(ids(caseworker.get("/api/import/jobs").json()))
                    .as("another caseworker's ended import is not listed").doesNotContain(elsewhere.toString())
                    .contains(accepted.json().path("id").asText());
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'IMPORT_OFFERS' "
                    + "and subject_id = ? and actor_id = ?", Integer.class, elsewhere, startedBy)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select rows_imported from import_run where id = ?", Integer.class, elsewhere))
                    .isEqualTo(190);
        } finally {
            jdbc.update("update import_job set status = 'FAILED', owner = null, lease_expires_at = null "
                    + "where id = ? and status = 'RUNNING'", elsewhere);
        }
    }
}
