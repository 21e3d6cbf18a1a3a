package org.haven.matching.solver.cli;

import org.haven.matching.bench.InstanceGenerator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.haven.HavenApplication;
import org.haven.matching.solver.io.InstanceExport;
import org.haven.matching.solver.io.InstanceFiles;
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

    /** Enough for the JVM and the command, far too little for the realistic 12,000-family instance. */
    private static final int CHILD_HEAP_MB = 32;
    /** See the timing test: reading and solver start-up on a machine shared with other builds. */
    private static final long LOADED_MACHINE_MARGIN_MILLIS = 10_000;

    @TempDir
    Path dir;
    @TempDir
    static Path shared;
    private static Path bigInstance;

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
    void anInvalidInstanceSaysSoInOneLineWithoutAStackTrace() throws IOException {
        Path instance = Files.writeString(dir.resolve("instance.json"), "{\"hosts\": [], \"offers\": [}");

        assertThat(solve("--seconds", "1", instance.toString(), dir.resolve("s.json").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement(STRING)
                .startsWith("Invalid instance " + instance + ": ").contains("expected ']'");
        assertThat(out.toString()).isEmpty();
    }

    /**
     * Realistic density at 12,000 families: the whole proof takes about ten seconds on the 2-core
     * machine ({@code solve --seconds 60} on the bench's realistic 12,000: 9.8 s with the JVM's
     * start), so a one-second limit must cut it short and the job must still answer. (At 6,000
     * families and two seconds, a warm JVM on JDK 25 finished the proof inside the limit: the
     * margin has to hold on machines faster than this one.) The command promises the limit give
     * or take a second; the bound here is wider because reading the file and starting the solver
     * cannot be cut short and this test must hold on a shared, loaded 2-core machine.
     * docs/matching-benchmark.md measures the promise itself.
     */
    @Test
    void theWholeCommandEndsWithinItsLimitWithAFeasibleAnswerAndSaysTheExactPhaseWasCut() throws IOException {
        Path solution = dir.resolve("solution.json");
        int seconds = 1;

        long started = System.nanoTime();
        int exit = solve("--seconds", String.valueOf(seconds), bigInstance().toString(), solution.toString());
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(exit).as(err.toString()).isEqualTo(SolveCommand.NOT_PROVEN);
        assertThat(elapsedMillis).isLessThan(seconds * 1000L + LOADED_MACHINE_MARGIN_MILLIS);
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(printed.get(0)).startsWith("0hard/");
        // Where the limit falls depends on the machine's speed: while the families are solved over
        // their candidate lists, or after, while the proof prices the pairs outside them (and perhaps
        // after it has proven the medium).
        assertThat(printed.get(printed.size() - 1)).matches("exact phase stopped at the time limit after "
                + "([0-9,]+ of [0-9,]+ families|[0-9]+ pricing pass(es)? over the pairs outside the candidate lists "
                + "\\([0-9,]+ pairs added\\)); (the answer is feasible but may not be optimal|the medium is proven "
                + "optimal over every allowed pair and the soft is at most [0-9,]+ above the optimum's)");
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
        JsonNode json = new ObjectMapper().readTree(solution.toFile());
        assertThat(json.get("score").asText()).isEqualTo(printed.get(0));
        List<String> offers = new ArrayList<>();
        json.get("assignments").forEach(pair -> offers.add(pair.get("offerId").asText()));
        assertThat(offers).isNotEmpty().doesNotHaveDuplicates();
    }

    /**
     * The honest test of running out of memory: {@code solve} in a child JVM with a heap far too small
     * for the instance prints one line, no stack trace, and exits with its own code.
     */
    @Test
    void runningOutOfMemoryPrintsOneLineAndExitsWithThree() throws IOException, InterruptedException {
        Path solution = dir.resolve("solution.json");
        Path errFile = dir.resolve("err.txt");
        Path outFile = dir.resolve("out.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + CHILD_HEAP_MB + "m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HavenApplication.class.getName(), "solve", "--seconds", "60", bigInstance().toString(), solution.toString())
                .redirectError(errFile.toFile())
                .redirectOutput(outFile.toFile())
                .start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();

        assertThat(child.exitValue()).as(Files.readString(errFile)).isEqualTo(SolveCommand.OUT_OF_MEMORY);
        assertThat(Files.readAllLines(errFile)).singleElement(STRING).isEqualTo(
                "Out of memory: the instance needs more heap than -Xmx" + CHILD_HEAP_MB + "m; "
                        + "give Java more memory with -Xmx or solve fewer families");
        assertThat(Files.readString(outFile)).isEmpty();
        assertThat(solution).doesNotExist();
    }

    private static synchronized Path bigInstance() throws IOException {
        if (bigInstance == null) {
            bigInstance = shared.resolve("realistic-12000.json");
            InstanceFiles.write(InstanceExport.of(InstanceGenerator.generate(12_000, 1, false, true)), bigInstance);
        }
        return bigInstance;
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
