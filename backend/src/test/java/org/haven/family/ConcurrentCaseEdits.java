package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;

/**
 * quality.md → Reliability, "concurrent edits of one case": several caseworkers save the same case
 * at the same moment, all from the same version they read. Exactly one save wins; every other one
 * is told 409 and changes nothing, so no caseworker's change is silently overwritten. Shared by the
 * H2 and the PostgreSQL test.
 */
public final class ConcurrentCaseEdits {

    /** What one round left behind. */
    public record Round(List<Integer> statuses, List<String> conflictTypes, List<String> conflictDetails,
            String notesAfter, long versionBefore, long versionAfter, List<String> notesSent) {

        /** The note of the one save that got 200. */
        public String winnersNote() {
            return notesSent.get(statuses.indexOf(200));
        }
    }

    private ConcurrentCaseEdits() {
    }

    /** {@code rounds} times: every caseworker saves the case with a note of their own, at once. */
    public static List<Round> saveAtOnce(ApiClient reader, List<ApiClient> caseworkers, String familyId, int rounds)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(caseworkers.size());
        try {
            List<Round> results = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                long version = reader.get("/api/families/" + familyId).json().path("version").asLong();
                List<String> notes = new ArrayList<>();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> answers = new ArrayList<>();
                for (int i = 0; i < caseworkers.size(); i++) {
                    ApiClient caseworker = caseworkers.get(i);
                    Map<String, Object> edit = FamilyApiFixtures.family();
                    edit.put("version", version);
                    edit.put("notes", "round " + round + ": caseworker " + i + "'s note");
                    notes.add((String) edit.get("notes"));
                    Callable<Response> save = () -> {
                        start.await();
                        return caseworker.send("PUT", "/api/families/" + familyId, edit);
                    };
                    answers.add(pool.submit(save));
                }
                start.countDown();
                List<Integer> statuses = new ArrayList<>();
                List<String> conflictTypes = new ArrayList<>();
                List<String> conflictDetails = new ArrayList<>();
                for (Future<Response> answer : answers) {
                    Response response = answer.get();
                    statuses.add(response.status());
                    if (response.status() == 409) {
                        conflictTypes.add(response.problemType());
                        conflictDetails.add(response.json().path("detail").asText());
                    }
                }
                JsonNode after = reader.get("/api/families/" + familyId).json();
                results.add(new Round(statuses, conflictTypes, conflictDetails, after.path("notes").asText(), version,
                        after.path("version").asLong(), notes));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * How many refusals came from the database's version check (both saves had read the same row,
     * the loser's UPDATE found the version moved) rather than from the version in the request: the
     * test is only worth something if the first kind happens.
     */
    public static long refusedByTheDatabase(List<Round> rounds) {
        return rounds.stream().flatMap(round -> round.conflictDetails().stream())
                .filter(detail -> detail.contains("at the same moment")).count();
    }

    /** The assertions both databases must pass. */
    public static void assertOneWinnerAndNothingOverwritten(List<Round> rounds, int editors) {
        for (Round round : rounds) {
            assertThat(Collections.frequency(round.statuses(), 200)).as(round.statuses().toString()).isEqualTo(1);
            assertThat(Collections.frequency(round.statuses(), 409)).as(round.statuses().toString())
                    .isEqualTo(editors - 1);
            assertThat(round.conflictTypes()).allSatisfy(type -> assertThat(type).isEqualTo("conflict"));
            assertThat(round.notesAfter()).as("the case holds the winner's note").isEqualTo(round.winnersNote());
            assertThat(round.versionAfter()).as("one save, one new version").isEqualTo(round.versionBefore() + 1);
        }
        assertThat(refusedByTheDatabase(rounds)).as("saves that really overlapped in the database").isPositive();
    }
}
