package org.haven.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;

/** CSV files and report readers shared by the import API tests (and {@link #awaitEnd} by any test that imports). */
public final class ImportFixtures {

    static final String FAMILY_HEADER = "familyRef,urgency,firstName,age,sex,relationship,wheelchairUser,languages,"
            + "preferredPostcode,preferredPlace,neededFrom,expectedStayMonths,notes,status";

    static final String OFFER_HEADER = "hostEmail,hostName,adults,children,languages,hasPets,petKinds,smokers,title,type,"
            + "address,postcode,place,bedrooms,maxGuests,stepFree,childrenWelcome,availableFrom,availableUntil,"
            + "minimumStayMonths";

    private ImportFixtures() {
    }

    static String inDays(int days) {
        return LocalDate.now().plusDays(days).toString();
    }

    /** The lines joined as a spreadsheet saves them (CRLF). */
    static byte[] csv(String... lines) {
        return csv(List.of(lines));
    }

    static byte[] csv(List<String> lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Uploads a families file: the answer to the upload (202 and the job, or the 400 of a file refused whole). */
    static Response uploadFamilies(ApiClient client, byte[] file) {
        return client.postFile("/api/import/families", "file", "families.csv", "text/csv", file);
    }

    static Response uploadOffers(ApiClient client, byte[] file) {
        return client.postFile("/api/import/offers", "file", "offers.csv", "text/csv", file);
    }

    /** Imports a families file: its report (200) once the job has ended DONE, or the upload's refusal. */
    static Response importFamilies(ApiClient client, byte[] file) {
        return reportOnceDone(client, uploadFamilies(client, file));
    }

    static Response importOffers(ApiClient client, byte[] file) {
        return reportOnceDone(client, uploadOffers(client, file));
    }

    /** The job of an accepted (202) upload, once it has ended (asked for every 50 ms, for up to 2 minutes). */
    public static JsonNode awaitEnd(ApiClient client, Response accepted) {
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String path = "/api/import/jobs/" + accepted.json().path("id").asText();
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        JsonNode job = accepted.json();
        while (job.path("status").asText().equals("RUNNING")) {
            assertThat(System.nanoTime()).as("the import ends within 2 minutes").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            Response answer = client.get(path);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            job = answer.json();
        }
        return job;
    }

    private static Response reportOnceDone(ApiClient client, Response upload) {
        if (upload.status() != 202) {
            return upload;
        }
        JsonNode job = awaitEnd(client, upload);
        assertThat(job.path("status").asText()).as(job.toString()).isEqualTo("DONE");
        return client.get("/api/import/jobs/" + job.path("id").asText() + "/report");
    }

    /** The report of a successful import (200, once its job is done). */
    static JsonNode report(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    static JsonNode row(JsonNode report, int number) {
        for (JsonNode row : report.path("rows")) {
            if (row.path("row").asInt() == number) {
                return row;
            }
        }
        throw new AssertionError("No row " + number + " in " + report);
    }

    /** The errors of a row as "column code" strings, e.g. "age invalid-format". */
    static List<String> errors(JsonNode row) {
        List<String> errors = new ArrayList<>();
        row.path("errors").forEach(error -> errors.add(error.path("field").asText() + " " + error.path("code").asText()));
        return errors;
    }

    static Optional<String> message(JsonNode row, String column) {
        for (JsonNode error : row.path("errors")) {
            if (error.path("field").asText().equals(column)) {
                return Optional.of(error.path("message").asText());
            }
        }
        return Optional.empty();
    }
}
