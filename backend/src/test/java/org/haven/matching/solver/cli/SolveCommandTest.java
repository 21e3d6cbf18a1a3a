package org.haven.matching.solver.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code solve --seconds N INSTANCE.json SOLUTION.json} run in-process on small files. */
class SolveCommandTest {

    /**
     * Three offers, four families: f1 lives in o1 (pinned); f2 fits o2 and o3 but rejected o2;
     * f3 fits o2; f4 (a smoker) fits nothing.
     */
    private static final String INSTANCE = """
            {"hosts": [{"id": "h1", "adults": [{"sex": "F", "age": 50}], "languages": ["en"],
                        "dbsLevel": "ENHANCED_WITH_BARRED_LIST"}],
             "offers": [
               {"id": "o1", "hostId": "h1", "type": "SELF_CONTAINED", "lat": 53.80, "lon": -1.55,
                "bedrooms": 2, "maxGuests": 3, "stepFree": "ALL", "childrenWelcome": true,
                "availableFrom": "2026-12-01"},
               {"id": "o2", "hostId": "h1", "type": "SELF_CONTAINED", "lat": 53.81, "lon": -1.54,
                "bedrooms": 1, "maxGuests": 2, "childrenWelcome": true, "availableFrom": "2026-12-01"},
               {"id": "o3", "hostId": "h1", "type": "SELF_CONTAINED", "lat": 53.82, "lon": -1.53,
                "bedrooms": 1, "maxGuests": 2, "childrenWelcome": true, "availableFrom": "2026-12-01"}],
             "families": [
               {"id": "f1", "members": [{"age": 30, "sex": "F", "relationship": "LEAD"}],
                "neededFrom": "2026-12-01", "expectedStayMonths": 6},
               {"id": "f2", "members": [{"age": 30, "sex": "M", "relationship": "LEAD"},
                                        {"age": 28, "sex": "F", "relationship": "PARTNER"}],
                "languages": ["en"], "urgency": "CRITICAL", "neededFrom": "2026-12-01", "expectedStayMonths": 6},
               {"id": "f3", "members": [{"age": 40, "sex": "F", "relationship": "LEAD"}],
                "languages": ["en"], "neededFrom": "2026-12-01", "expectedStayMonths": 6},
               {"id": "f4", "members": [{"age": 22, "sex": "M", "relationship": "LEAD"}], "smoker": true,
                "neededFrom": "2026-12-01", "expectedStayMonths": 6}],
             "rejectedPairs": [{"familyId": "f2", "offerId": "o2"}],
             "pinned": [{"familyId": "f1", "offerId": "o1"}]}
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int solve(String... args) {
        String[] withName = new String[args.length + 1];
        withName[0] = "solve";
        System.arraycopy(args, 0, withName, 1, args.length);
        return Commands.run(withName, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void solvesAnInstanceFileAndWritesTheSolutionFile() throws IOException {
        Path instance = Files.writeString(dir.resolve("instance.json"), INSTANCE);
        Path solution = dir.resolve("solution.json");

        int exit = solve("--seconds", "1", instance.toString(), solution.toString());

        assertThat(exit).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(solution.toFile());
        Map<String, String> offerOf = new HashMap<>();
        for (JsonNode pair : json.get("assignments")) {
            assertThat(offerOf.put(pair.get("familyId").asText(), pair.get("offerId").asText()))
                    .as("family %s appears once", pair.get("familyId")).isNull();
        }
        assertThat(offerOf).containsExactlyInAnyOrderEntriesOf(Map.of("f1", "o1", "f2", "o3", "f3", "o2"));
        assertThat(offerOf.values()).doesNotHaveDuplicates();
        assertThat(json.get("score").asText()).startsWith("0hard/-1medium/");
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed.get(0)).isEqualTo(json.get("score").asText());
        assertThat(printed.get(1)).startsWith("3 of 4 families housed (4 of 5 people), 3 offers");
    }

    @Test
    void anInvalidInstanceExitsWithOneAndNamesTheProblem() throws IOException {
        Path instance = Files.writeString(dir.resolve("instance.json"), INSTANCE.replace("\"maxGuests\": 3, ", ""));
        Path solution = dir.resolve("solution.json");

        assertThat(solve("--seconds", "1", instance.toString(), solution.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("offers[0]: missing required field 'maxGuests'");
        assertThat(solution).doesNotExist();
    }

    @Test
    void aMissingInstanceFileExitsWithOne() {
        assertThat(solve("--seconds", "1", dir.resolve("nope.json").toString(), dir.resolve("s.json").toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Cannot read").contains("nope.json");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(solve("a.json", "b.json")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing --seconds").contains("Usage: java -jar haven.jar solve");
        assertThat(solve("--seconds", "soon", "a.json", "b.json")).isEqualTo(2);
        assertThat(solve("--seconds", "0", "a.json", "b.json")).isEqualTo(2);
        assertThat(solve("--seconds", "1", "a.json")).isEqualTo(2);
        assertThat(solve("--seconds", "1", "--fast", "a.json", "b.json")).isEqualTo(2);
        assertThat(solve("--seconds")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
    }
}
