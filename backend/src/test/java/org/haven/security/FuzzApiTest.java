package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;

import org.haven.account.Role;
import org.haven.family.FamilyApiFixtures;
import org.haven.host.HostApiFixtures;
import org.haven.placement.PlacementFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.AuthenticatorApp;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Property-based fuzzing (jqwik generators) of every endpoint family that takes input: thousands
 * of generated JSON bodies (known and unknown fields with values of every type and shape, broken
 * JSON, wrong content types), query parameters and Accept headers. Each answer must be below 500,
 * carry no stack trace, be problem+json when it is an error, and a refused request must leave
 * every table as it was. The figures go to docs/security.md.
 */
@HttpTest
class FuzzApiTest {

    /** Requests per endpoint family; {@code -Dhaven.fuzz.requests=N} runs more. */
    private static final int REQUESTS = Integer.getInteger("haven.fuzz.requests", 300);
    /**
     * Every run sends new inputs, so that runs over time cover more than one run can. The seed
     * they come from is in each failure's message, and {@code -Dhaven.fuzz.seed=N} sends the same
     * inputs again.
     */
    private static final long SEED = Long.getLong("haven.fuzz.seed", new SecureRandom().nextLong());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLES = List.of("account", "family_case", "family_member", "offer",
            "host_profile", "matching_proposal", "matching_run", "placement", "placement_check_in", "intake_link",
            "notification", "account_token", "import_job");
    private static final String COUNT_ROWS = String.join(" union all ",
            TABLES.stream().map(table -> "select '" + table + "', count(*) from " + table).toList());
    private static final List<String> NASTY = List.of("", " ", "null", "0", "-1", "99999999999999999999",
            "2026-13-45", "2026-02-30", "1e309", "NaN", "<script>alert(1)</script>", "' OR 1=1 --", "{{7*7}}",
            "${jndi:ldap://x}", "../../../etc/passwd", "%00", "\u0000", "\u202Eevil", "ایمن خانه", "Привіт",
            "👨‍👩‍👧‍👦", "x".repeat(5000), "2147483647", "100000", "+999999999-12-31", "0999-01-01", "=\n1+1", "CRITICAL", "ROOM_IN_HOME", "F", "M", "X", "LEAD", "true");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    private record Target(String method, String path, ApiClient caller, List<String> fields) {
    }

    /**
     * Two-factor callers: a half-signed-in session whose code is due, one setting up a second
     * factor, one fully signed in with it, and the id of another enrolled account an admin resets.
     */
    private record SecondFactorSessions(ApiClient codeDue, ApiClient enrolling, ApiClient enrolled,
            String resetAccountId) {
    }

    private SecondFactorSessions secondFactorSessions(ApiClient admin) {
        String withCode = testAccounts.create(Role.HOST);
        ApiClient enrolled = testAccounts.signedInAs(withCode);
        enrol(enrolled);
        ApiClient codeDue = new ApiClient(port);
        assertThat(codeDue.login(withCode, TestAccounts.PASSWORD).status()).isEqualTo(204);
        ApiClient enrolling = testAccounts.signedInAs(testAccounts.create(Role.HOST));
        String resetEmail = testAccounts.create(Role.HOST);
        enrol(testAccounts.signedInAs(resetEmail));
        String resetId = admin.get("/api/admin/accounts?q=" + resetEmail).json().path("items").get(0).path("id")
                .asText();
        return new SecondFactorSessions(codeDue, enrolling, enrolled, resetId);
    }

    private static void enrol(ApiClient client) {
        String secret = client.postJson("/api/auth/totp/enrolment", Map.of()).json().path("secret").asText();
        assertThat(client.postJson("/api/auth/totp/enrolment/confirm",
                Map.of("code", AuthenticatorApp.code(secret, java.time.Instant.now()))).status()).isEqualTo(200);
    }

    @Test
    void generatedRequestsNeverBreakTheServerNorLeaveAnythingBehindWhenRefused() throws Exception {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        HostWithOffer host = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        String family = PlacementFixtures.readyFamily(caseworker);
        String placement = caseworker.postJson("/api/matching/proposals/"
                + PlacementFixtures.proposeByHand(caseworker, family, host.offerId()) + "/approve", Map.of())
                .json().path("id").asText();
        ApiClient anonymous = new ApiClient(port);
        SecondFactorSessions twoFactor = secondFactorSessions(admin);
        String run = emptyFinishedRun();
        String importJob = emptyFinishedImport(caseworker);

        List<String> familyFields = List.copyOf(FamilyApiFixtures.family().keySet());
        List<String> offerFields = List.copyOf(HostApiFixtures.offer("SE15 4AA").keySet());
        List<Target> targets = List.of(
                new Target("POST", "/api/families", caseworker, familyFields),
                new Target("PUT", "/api/families/" + family, caseworker, concat(familyFields, List.of("version"))),
                new Target("POST", "/api/host/offers", host.host(), offerFields),
                new Target("PUT", "/api/host/household", host.host(), List.copyOf(HostApiFixtures.household().keySet())),
                new Target("PUT", "/api/hosts/" + host.hostId() + "/vetting", caseworker,
                        List.copyOf(HostApiFixtures.allChecks("APPROVED").keySet())),
                new Target("POST", "/api/matching/proposals", caseworker, List.of("familyId", "offerId")),
                new Target("POST", "/api/import/families", caseworker, List.of("file")),
                new Target("POST", "/api/import/offers", caseworker, List.of("file")),
                new Target("POST", "/api/placements/" + placement + "/end", caseworker,
                        List.of("date", "reason", "note", "rematch")),
                new Target("POST", "/api/placements/" + placement + "/check-ins", caseworker,
                        List.of("date", "wellbeing", "note")),
                new Target("PUT", "/api/admin/matching-policy", admin,
                        List.of("arrivalWindowDays", "minimumStayMonths", "urgencyWeights", "weights")),
                new Target("POST", "/api/admin/accounts", admin, List.of("email", "displayName", "role", "password")),
                new Target("POST", "/api/admin/accounts/" + host.hostId() + "/invitation", admin, List.of("note")),
                new Target("POST", "/api/auth/register", anonymous, List.of("email", "password", "displayName")),
                new Target("POST", "/api/auth/password-reset", anonymous, List.of("email")),
                new Target("POST", "/api/auth/password-reset/" + "R".repeat(43), anonymous, List.of("newPassword")),
                new Target("POST", "/api/auth/invitation/" + "I".repeat(43), anonymous, List.of("newPassword")),
                new Target("POST", "/api/auth/verify-email/" + "V".repeat(43), anonymous, List.of("note")),
                new Target("PUT", "/api/intake/not-a-token", anonymous, familyFields),
                new Target("POST", "/api/auth/totp", twoFactor.codeDue(), List.of("code")),
                new Target("POST", "/api/auth/totp/enrolment", twoFactor.enrolling(), List.of("note")),
                new Target("POST", "/api/auth/totp/enrolment/confirm", twoFactor.enrolling(), List.of("code")),
                new Target("POST", "/api/auth/totp/disable", twoFactor.enrolled(), List.of("code")),
                new Target("DELETE", "/api/admin/accounts/" + twoFactor.resetAccountId() + "/second-factor", admin,
                        List.of("note")));
        List<Target> queries = List.of(
                new Target("GET", "/api/families", caseworker, List.of("status", "urgency", "q", "page", "size", "id")),
                new Target("GET", "/api/hosts", caseworker, List.of("status", "q", "area", "page", "size")),
                new Target("GET", "/api/geo/lookup", caseworker, List.of("q")),
                new Target("GET", "/api/admin/audit-events", admin,
                        List.of("actor", "action", "subjectId", "from", "to", "page", "size")),
                new Target("GET", "/api/admin/accounts", admin, List.of("role", "status", "q", "page", "size")),
                new Target("GET", "/api/matching/runs", caseworker, List.of("page", "size")),
                new Target("GET", "/api/matching/runs/" + run + "/proposals", caseworker,
                        List.of("status", "urgency", "q", "sort", "page", "size")),
                new Target("GET", "/api/matching/runs/" + run + "/unassigned", caseworker,
                        List.of("urgency", "q", "page", "size")),
                new Target("GET", "/api/placements", caseworker, List.of("status")),
                new Target("GET", "/api/import/jobs", caseworker, List.of("status", "page", "size")),
                new Target("GET", "/api/import/jobs/" + importJob, caseworker, List.of("page", "size")),
                new Target("GET", "/api/import/jobs/" + importJob + "/report", caseworker, List.of("page", "size")),
                new Target("GET", "/api/admin/setup-warnings", admin, List.of()));

        // The queries change nothing, so they run on a second thread beside the writes (the
        // server has two cores; one client thread keeps about one busy). Each thread has a
        // random of its own from the seed, so the same seed gives both the same sequences.
        ExecutorService queryThread = Executors.newSingleThreadExecutor();
        Future<List<String>> queryFailures = queryThread.submit(() -> sendQueries(queries, new Random(SEED + 1)));
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int refused = 0;
        // The counts after a refused request are the counts before the next one: nothing else
        // writes these tables meanwhile (the queries beside only read), so they are not read twice.
        Map<String, Long> known = null;
        for (Target target : targets) {
            for (Object body : someBodies(target.fields(), SEED + targets.indexOf(target), REQUESTS)) {
                Map<String, Long> before = known != null ? known : counts();
                String raw = body instanceof String text ? text : JSON.writeValueAsString(body);
                Response response = target.caller().sendRaw(target.method(), target.path(),
                        Map.of("Content-Type", contentType(random), "Accept", accept(random)), raw);
                sent++;
                known = null;
                if (response.status() >= 400) {
                    refused++;
                    Map<String, Long> after = counts();
                    if (!before.equals(after)) {
                        failures.add(target.method() + " " + target.path() + " refused (" + response.status()
                                + ") but changed the database: " + abbreviate(raw));
                    }
                    known = after;
                }
                check(target, raw, response, failures);
            }
        }
        failures.addAll(queryFailures.get());
        queryThread.shutdown();
        sent += queries.size() * REQUESTS;
        System.out.printf("FuzzApiTest: %d generated requests over %d endpoint families, %d refused, %d failures%n",
                sent, targets.size() + queries.size(), refused, failures.size());
        assertThat(failures).as("failures of the inputs of -Dhaven.fuzz.seed=" + SEED).isEmpty();
    }

    /** {@code REQUESTS} generated queries to each target; returns what went wrong. */
    private static List<String> sendQueries(List<Target> queries, Random random) {
        List<String> failures = new ArrayList<>();
        for (Target target : queries) {
            for (int i = 0; i < REQUESTS; i++) {
                StringBuilder query = new StringBuilder();
                for (String field : target.fields()) {
                    if (random.nextBoolean()) {
                        query.append(query.isEmpty() ? "?" : "&").append(field).append('=')
                                .append(URLEncoder.encode(NASTY.get(random.nextInt(NASTY.size())), StandardCharsets.UTF_8));
                    }
                }
                Response response = target.caller().sendRaw("GET", target.path() + query,
                        Map.of("Accept", accept(random)), null);
                check(target, query.toString(), response, failures);
            }
        }
        return failures;
    }

    /** What {@code -Dhaven.fuzz.seed} promises: a seed gives the same bodies again, in the same order. */
    @Test
    void aSeedGivesTheSameBodiesAgain() {
        List<String> fields = List.copyOf(FamilyApiFixtures.family().keySet());
        long seed = new SecureRandom().nextLong();

        List<Object> first = someBodies(fields, seed, 50);
        List<Object> again = someBodies(fields, seed, 50);

        assertThat(again).isEqualTo(first);
        assertThat(someBodies(fields, seed + 1, 50)).isNotEqualTo(first);
    }

    /** {@code count} bodies for these fields, drawn by jqwik from this seed. */
    private static List<Object> someBodies(List<String> fields, long seed, int count) {
        JqwikSession.start(Long.toString(seed));
        try {
            return bodies(fields).sampleStream().limit(count).toList();
        } finally {
            JqwikSession.finish();
        }
    }

    /** Issue 14: page 2147483647 overflowed the row offset (500). Every paged list now says what is wrong. */
    @Test
    void everyPagedListRefusesAPageOrSizeOutOfRangeWithAFieldError() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        Map<String, ApiClient> lists = Map.of("/api/families", caseworker, "/api/hosts", caseworker,
                "/api/matching/runs", caseworker, "/api/admin/audit-events", admin, "/api/admin/accounts", admin);
        List<String> failures = new ArrayList<>();
        lists.forEach((path, caller) -> {
            for (String query : List.of("page=2147483647", "page=1000001", "page=-1", "size=100000", "size=0",
                    "size=101", "page=2147483647&size=100")) {
                Response response = caller.get(path + "?" + query);
                String field = query.substring(0, query.indexOf('='));
                if (response.status() != 400 || !response.contentType().startsWith("application/problem+json")
                        || !response.json().path("errors").findValuesAsText("field").contains(field)) {
                    failures.add(path + "?" + query + " → " + response.status() + " " + abbreviate(response.body()));
                }
            }
            Response last = caller.get(path + "?page=1000000&size=100");
            if (last.status() != 200 || !last.json().path("items").isEmpty()) {
                failures.add(path + " at the highest page → " + last.status() + " " + abbreviate(last.body()));
            }
        });
        assertThat(failures).isEmpty();
    }

    /** A run that ended long ago with nothing in it (no other test takes it for the latest), for its lists' parameters. */
    private String emptyFinishedRun() {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into matching_run (id, status, seconds, started_by, started_at, finished_at, families,"
                + " offers, assigned, proposals) values (?, 'DONE', 5, ?, ?, ?, 0, 0, 0, 0)", id, UUID.randomUUID(),
                Timestamp.from(Instant.parse("2001-01-02T00:00:00Z")),
                Timestamp.from(Instant.parse("2001-01-02T00:00:05Z")));
        return id.toString();
    }

    /** An import job of {@code caseworker}'s that ended with nothing in it. */
    private String emptyFinishedImport(ApiClient caseworker) {
        UUID id = UUID.randomUUID();
        UUID caseworkerId = UUID.fromString(caseworker.get("/api/auth/me").json().path("id").asText());
        jdbc.update("insert into import_job (id, kind, status, started_by, started_at, finished_at, total_rows, "
                + "processed_rows, rows_imported, rows_refused, records_imported, records_refused) "
                + "values (?, 'FAMILIES', 'DONE', ?, ?, ?, 0, 0, 0, 0, 0, 0)", id, caseworkerId,
                Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        return id.toString();
    }

    private static void check(Target target, String input, Response response, List<String> failures) {
        String where = target.method() + " " + target.path() + " with " + abbreviate(input) + " → " + response.status();
        if (response.status() >= 500) {
            failures.add(where + " " + abbreviate(response.body()));
        }
        if (response.body().contains("Exception") || response.body().contains("\tat ")
                || response.body().contains("org.haven.") || response.body().contains("org.springframework.")) {
            failures.add(where + " leaks internals: " + abbreviate(response.body()));
        }
        if (response.status() >= 400 && response.status() != 406
                && !response.contentType().startsWith("application/problem+json")) {
            failures.add(where + " is not problem+json: " + response.contentType());
        }
    }

    /** Every table's row count, in one query: it runs before and after each of some ten thousand requests. */
    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(COUNT_ROWS, row -> {
            counts.put(row.getString(1), row.getLong(2));
        });
        return counts;
    }

    /** A body: mostly an object of known (and some unknown) fields with any values, sometimes not JSON at all. */
    private static Arbitrary<Object> bodies(List<String> fields) {
        Arbitrary<Object> object = Arbitraries.maps(
                Arbitraries.oneOf(Arbitraries.of(fields), Arbitraries.of("unknownField", "__proto__", "id", "status")),
                values(2)).ofMaxSize(fields.size() + 2).map(map -> map);
        Arbitrary<Object> broken = Arbitraries.of("{", "nul", "[1,2", "{\"a\":}", "<xml/>", "\u0000", "{}}", "")
                .map(text -> text);
        return Arbitraries.frequencyOf(Tuple.of(8, object), Tuple.of(1, broken), Tuple.of(1, values(1)));
    }

    private static Arbitrary<Object> values(int depth) {
        List<Arbitrary<? extends Object>> leaves = List.of(
                Arbitraries.of(true, false),
                Arbitraries.integers().map(value -> value),
                Arbitraries.longs().map(value -> value),
                Arbitraries.doubles().map(value -> value),
                Arbitraries.of(NASTY),
                Arbitraries.strings().ofMaxLength(40).map(value -> value));
        List<Arbitrary<? extends Object>> all = new ArrayList<>(leaves);
        if (depth > 0) {
            all.add(values(depth - 1).list().ofMaxSize(4).map(list -> list));
            all.add(Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(12), values(depth - 1)).ofMaxSize(4)
                    .map(map -> map));
        }
        return Arbitraries.oneOf(all).injectNull(0.1);
    }

    private static String contentType(Random random) {
        List<String> types = List.of("application/json", "application/json", "application/json",
                "application/json; charset=utf-16", "text/plain", "application/xml", "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded", "nonsense");
        return types.get(random.nextInt(types.size()));
    }

    private static String accept(Random random) {
        List<String> types = List.of("application/json", "*/*", "application/json", "text/html", "application/xml",
                "application/problem+json");
        return types.get(random.nextInt(types.size()));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String abbreviate(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() > 160 ? oneLine.substring(0, 160) + "…" : oneLine;
    }
}
