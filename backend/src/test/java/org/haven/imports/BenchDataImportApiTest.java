package org.haven.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.imports.ImportFixtures.importFamilies;
import static org.haven.imports.ImportFixtures.importOffers;
import static org.haven.imports.ImportFixtures.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web benchmark (tools/bench/web-bench.sh) loads its 10,000 families and offers through the
 * import API from files that tools/bench/bench_data.py writes; a refused row stops the benchmark.
 * Here the same generator writes a few dozen, split into several files, and every row imports.
 */
class BenchDataImportApiTest extends ImportApiTestBase {

    private static final Path GENERATOR = Path.of("..", "tools", "bench", "bench_data.py");

    @TempDir
    Path out;

    private List<Path> generate(int families, int offers, int rowsPerFile) throws IOException, InterruptedException {
        Assumptions.assumeTrue(Files.exists(GENERATOR), "runs from the backend module of the repository");
        Process python;
        try {
            python = new ProcessBuilder("python3", GENERATOR.toString(), "--families", String.valueOf(families),
                    "--offers", String.valueOf(offers), "--rows-per-file", String.valueOf(rowsPerFile), "--seed", "7",
                    "--out", out.toString()).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            Assumptions.abort("python3 is not installed: " + noPython.getMessage());
            throw noPython;
        }
        String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(output).isZero();
        return output.lines().map(Path::of).toList();
    }

    @Test
    void theBenchmarksGeneratedFamiliesAndOffersImportWithoutARefusedRow() throws Exception {
        List<Path> files = generate(40, 40, 50);
        List<Path> familyFiles = files.stream().filter(file -> file.getFileName().toString().startsWith("families-"))
                .toList();
        List<Path> offerFiles = files.stream().filter(file -> file.getFileName().toString().startsWith("offers-"))
                .toList();
        assertThat(familyFiles).as("split, a family's rows never across two files").hasSizeGreaterThan(1);

        int families = 0;
        List<UUID> caseIds = new ArrayList<>();
        for (Path file : familyFiles) {
            JsonNode report = report(importFamilies(caseworker, Files.readAllBytes(file)));
            assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
            families += report.path("importedRecords").asInt();
            report.path("rows").forEach(row -> caseIds.add(UUID.fromString(row.path("id").asText())));
        }
        int offers = 0;
        for (Path file : offerFiles) {
            JsonNode report = report(importOffers(caseworker, Files.readAllBytes(file)));
            assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
            offers += report.path("importedRecords").asInt();
        }

        assertThat(families).isEqualTo(40);
        assertThat(offers).isEqualTo(40);
        Set<String> statuses = new HashSet<>();
        for (UUID id : new HashSet<>(caseIds)) {
            statuses.add(jdbc.queryForObject("select status from family_case where id = ?", String.class, id));
        }
        assertThat(statuses).as("a mix, as the import allows").containsExactlyInAnyOrder("READY", "TRIAGE");
    }
}
