package org.haven.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.imports.ImportFixtures.csv;
import static org.haven.imports.ImportFixtures.importFamilies;
import static org.haven.imports.ImportFixtures.importOffers;
import static org.haven.imports.ImportFixtures.inDays;
import static org.haven.imports.ImportFixtures.report;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

/**
 * Files of the size a charity moving from spreadsheets brings, imported as jobs in batches (several
 * batches each, with refused families among them). The time and rate are printed, not asserted
 * (performance is measured, never asserted in tests); the counts are asserted.
 */
class ImportVolumeApiTest extends ImportApiTestBase {

    private static final String[] PLACES = {"Leeds", "Bristol", "Cardiff", "Glasgow", "Manchester", "London"};
    private static final String[] LANGUAGES = {"fa;ps", "uk;ru", "ar", "fa", "ps;en", "ti"};



    /**
     * 5,000 member rows: families of one to five people (1,667 families), the family's values on
     * the lead's row or on every row, and every 50th family with a member aged 130, which refuses
     * that family whole.
     */
    @Test
    void fiveThousandFamilyRowsImportAllOrNothingPerFamily() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", FamilyImporter.COLUMNS.all()));
        int family = 0;
        int badFamilies = 0;
        int badRows = 0;
        while (lines.size() - 1 < 5_000) {
            int size = Math.min(family % 5 + 1, 5_000 - (lines.size() - 1));
            boolean bad = family % 50 == 49;
            String ref = "V" + tag + "-" + family;
            for (int member = 0; member < size; member++) {
                // Half the families repeat their own values on every row, as many spreadsheets do.
                boolean lead = member == 0 || family % 2 == 1;
                String age = bad && member == size - 1 ? "130" : member == 0 ? String.valueOf(25 + family % 40) : String.valueOf(member * 3);
                lines.add(String.join(",", ref, lead ? (family % 3 == 0 ? "HIGH" : "NORMAL") : "",
                        "Person" + tag + family + "x" + member, age, member % 2 == 0 ? "F" : "M",
                        member == 0 ? "LEAD" : member == 1 && size > 2 ? "PARTNER" : "CHILD", "no",
                        lead ? LANGUAGES[family % LANGUAGES.length] : "", lead ? "no" : "", "", lead ? "yes" : "", "", "",
                        "", "", lead ? PLACES[family % PLACES.length] : "", lead ? "40" : "",
                        lead ? "\"Relatives nearby, school for the children\"" : "", lead ? inDays(10 + family % 60) : "",
                        lead ? "12" : "", lead ? "Afghan" : "", lead ? "Muslim" : "", lead ? "+44 7700 900" + (100 + family % 800) : "",
                        lead ? "family" + family + "@example.org" : "",
                        lead ? "\"Arrived through the resettlement scheme in March; needs a quiet place near a school and a GP\"" : "",
                        lead && family % 4 < 2 ? "READY" : ""));
                badRows += bad ? 1 : 0;
            }
            badFamilies += bad ? 1 : 0;
            family++;
        }
        byte[] file = csv(lines);
        assertThat(file.length).as("more than the 1 MiB every other endpoint takes").isGreaterThan(1024 * 1024);
        int casesBefore = jdbc.queryForObject("select count(*) from family_case", Integer.class);
        int membersBefore = jdbc.queryForObject("select count(*) from family_member", Integer.class);

        Timing timing = Timing.start();
        JsonNode report = report(importFamilies(caseworker, file));
        System.out.printf("Imported 5,000 family rows (%d families, %d KiB) in %s, %s%n", family, file.length / 1024,
                timing, timing.rate(5_000));

        assertThat(report.path("imported").asInt() + report.path("refused").asInt()).isEqualTo(5_000);
        assertThat(report.path("refused").asInt()).isEqualTo(badRows);
        assertThat(report.path("importedRecords").asInt()).isEqualTo(family - badFamilies);
        assertThat(report.path("refusedRecords").asInt()).isEqualTo(badFamilies);
        assertThat(jdbc.queryForObject("select count(*) from family_case", Integer.class))
                .isEqualTo(casesBefore + family - badFamilies);
        // Members' names are encrypted at rest, so the rows are counted, not searched by name.
        assertThat(jdbc.queryForObject("select count(*) from family_member", Integer.class))
                .isEqualTo(membersBefore + 5_000 - badRows);
    }

    /** 2,000 offers of 1,000 new hosts (two rooms each); every 100th row has no title. */
    @Test
    void twoThousandOfferRowsImportRowByRow() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", OfferImporter.COLUMNS.all()));
        for (int row = 0; row < 2_000; row++) {
            int host = row / 2;
            lines.add(String.join(",", "host" + host + "-" + tag + "@example.org", "Host " + host, "F45;M47", "M8",
                    "en", "no", "", "no", row % 100 == 99 ? "" : "Room " + row, row % 2 == 0 ? "ROOM_IN_HOME" : "SELF_CONTAINED",
                    "\"" + row + " Long Street, " + PLACES[host % PLACES.length] + "\"", "", PLACES[host % PLACES.length],
                    "1", "2", "SOME", "no", "no", "no", "yes", "no", "yes", "no", inDays(7 + row % 30), "", "6"));
        }

        Timing timing = Timing.start();
        JsonNode report = report(importOffers(caseworker, csv(lines)));
        System.out.printf("Imported 2,000 offer rows (1,000 new hosts) in %s, %s%n", timing, timing.rate(2_000));

        assertThat(report.path("imported").asInt()).isEqualTo(1_980);
        assertThat(report.path("refused").asInt()).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from account where email like ? and role = 'HOST'", Integer.class,
                "%-" + tag + "@example.org")).isEqualTo(1_000);
        assertThat(jdbc.queryForObject("select count(*) from offer o join account a on a.id = o.host_id "
                + "where a.email like ? and o.status = 'AVAILABLE'", Integer.class, "%-" + tag + "@example.org"))
                .isEqualTo(1_980);
    }

    /**
     * Wall time and the CPU time this JVM (client and server) spent meanwhile: on a machine shared
     * with other builds the wall time alone says more about the neighbours than about the import.
     */
    private record Timing(long startNanos, long startCpuNanos) {

        static Timing start() {
            return new Timing(System.nanoTime(), cpuNanos());
        }

        private static long cpuNanos() {
            return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
        }

        /** Rows per second of wall time, from the upload to the report (the job polled every 50 ms). */
        String rate(int rows) {
            return String.format("%.0f rows/s", rows * 1e9 / Math.max(1, System.nanoTime() - startNanos));
        }

        @Override
        public String toString() {
            return String.format("%d ms (this JVM used %d ms of CPU meanwhile)", (System.nanoTime() - startNanos) / 1_000_000,
                    (cpuNanos() - startCpuNanos) / 1_000_000);
        }
    }
}
