package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.account.Role;
import org.haven.host.HostApiFixtures;
import org.haven.placement.PlacementFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiEndpoints;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint the application maps (read from its own handler mappings, so a new endpoint
 * without a row here fails this test) × anonymous, host A, host B, caseworker, admin and a
 * disabled user's open session. Cells: 401, 403, 404 (a record the caller may not know of), ok
 * (allowed: any answer below 500 except 401, 403 and 404 — the ids used are real), any (open to
 * all: below 500, not 401/403). No cell may answer 5xx. Paths use real ids: host A's offer,
 * notification and placement, a family case, a proposal, a run, an account.
 */
@HttpTest
class AccessMatrixTest {

    enum Actor { ANONYMOUS, HOST_A, HOST_B, CASEWORKER, ADMIN, DISABLED }

    /** METHOD path | anonymous | host A | host B | caseworker | admin | disabled. */
    private static final String MATRIX = """
            GET /api/auth/csrf                                   | any | any | any | any | any | any
            GET /api/auth/me                                     | 401 | ok  | ok  | ok  | ok  | 401
            POST /api/auth/register                              | any | any | any | any | any | any
            POST /api/auth/verify-email/{token}                  | any | any | any | any | any | any
            POST /api/auth/password-reset                        | any | any | any | any | any | any
            POST /api/auth/password-reset/{token}                | any | any | any | any | any | any
            POST /api/auth/invitation/{token}                    | any | any | any | any | any | any
            POST /api/auth/password                              | 401 | ok  | ok  | ok  | ok  | 401
            POST /api/auth/totp                                  | 401 | ok  | ok  | ok  | ok  | 401
            POST /api/auth/totp/enrolment                        | 401 | ok  | ok  | ok  | ok  | 401
            POST /api/auth/totp/enrolment/confirm                | 401 | ok  | ok  | ok  | ok  | 401
            POST /api/auth/totp/disable                          | 401 | ok  | ok  | ok  | ok  | 401
            GET /api/geo/lookup                                  | 401 | ok  | ok  | ok  | ok  | 401
            GET /api/notifications                               | 401 | ok  | ok  | ok  | ok  | 401
            POST /api/notifications/{notification}/read          | 401 | ok  | 404 | 404 | 404 | 401
            GET /api/host/household                              | 401 | ok  | ok  | 403 | 403 | 401
            PUT /api/host/household                              | 401 | ok  | ok  | 403 | 403 | 401
            GET /api/host/vetting                                | 401 | ok  | ok  | 403 | 403 | 401
            GET /api/host/offers                                 | 401 | ok  | ok  | 403 | 403 | 401
            POST /api/host/offers                                | 401 | ok  | ok  | 403 | 403 | 401
            GET /api/host/offers/{offer}                         | 401 | ok  | 404 | 403 | 403 | 401
            PUT /api/host/offers/{offer}                         | 401 | ok  | 404 | 403 | 403 | 401
            DELETE /api/host/offers/{spareOffer}                 | 401 | ok  | 404 | 403 | 403 | 401
            GET /api/host/placements                             | 401 | ok  | ok  | 403 | 403 | 401
            POST /api/host/placements/{placement}/accept         | 401 | ok  | 404 | 403 | 403 | 401
            POST /api/host/placements/{placement}/decline        | 401 | ok  | 404 | 403 | 403 | 401
            GET /api/hosts                                       | 401 | 404 | 404 | ok  | ok  | 401
            GET /api/hosts/{host}                                | 401 | 404 | 404 | ok  | ok  | 401
            PUT /api/hosts/{host}/vetting                        | 401 | 404 | 404 | ok  | 403 | 401
            GET /api/families                                    | 401 | 404 | 404 | ok  | 404 | 401
            POST /api/families                                   | 401 | 404 | 404 | ok  | 404 | 401
            GET /api/families/{family}                           | 401 | 404 | 404 | ok  | 404 | 401
            PUT /api/families/{family}                           | 401 | 404 | 404 | ok  | 404 | 401
            POST /api/families/{family}/status                   | 401 | 404 | 404 | ok  | 404 | 401
            POST /api/families/{family}/intake-link              | 401 | 404 | 404 | ok  | 404 | 401
            GET /api/families/{family}/history                   | 401 | 404 | 404 | ok  | 404 | 401
            GET /api/families/{family}/export                    | 401 | 404 | 404 | ok  | 404 | 401
            POST /api/families/{family}/erase                    | 401 | 404 | 404 | ok  | 404 | 401
            GET /api/intake/{token}                              | any | any | any | any | any | any
            PUT /api/intake/{token}                              | any | any | any | any | any | any
            POST /api/intake/{token}/submit                      | any | any | any | any | any | any
            POST /api/matching/runs                              | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/matching/runs                               | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/matching/runs/{run}                         | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/matching/runs/{run}/stop                   | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/matching/runs/{run}/events                  | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/matching/runs/{run}/proposals               | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/matching/runs/{run}/unassigned              | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/matching/proposals                         | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/matching/proposals/{proposal}               | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/matching/proposals/{proposal}/approve      | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/matching/proposals/{proposal}/reject       | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/matching/families/{family}/why-unassigned   | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/placements                                  | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/placements/{placement}                      | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/placements/{placement}/confirm             | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/placements/{placement}/move-in             | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/placements/{placement}/check-ins           | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/placements/{placement}/end                 | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/dashboard                                   | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/map                                         | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/map/tiles                                   | 401 | ok  | ok  | ok  | ok  | 401
            POST /api/import/families                            | 401 | 403 | 403 | ok  | 403 | 401
            POST /api/import/offers                              | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/import/families/template.csv                | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/import/offers/template.csv                  | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/import/jobs                                 | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/import/jobs/{importJob}                     | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/import/jobs/{importJob}/report              | 401 | 403 | 403 | ok  | 403 | 401
            GET /api/admin/accounts                              | 401 | 403 | 403 | 403 | ok  | 401
            POST /api/admin/accounts                             | 401 | 403 | 403 | 403 | ok  | 401
            GET /api/admin/accounts/{account}                    | 401 | 403 | 403 | 403 | ok  | 401
            PATCH /api/admin/accounts/{account}                  | 401 | 403 | 403 | 403 | ok  | 401
            POST /api/admin/accounts/{account}/unlock            | 401 | 403 | 403 | 403 | ok  | 401
            POST /api/admin/accounts/{account}/invitation        | 401 | 403 | 403 | 403 | ok  | 401
            DELETE /api/admin/accounts/{account}/second-factor   | 401 | 403 | 403 | 403 | ok  | 401
            GET /api/admin/audit-events                          | 401 | 403 | 403 | 403 | ok  | 401
            GET /api/admin/audit-events/actions                  | 401 | 403 | 403 | 403 | ok  | 401
            GET /api/admin/matching-policy                       | 401 | 403 | 403 | 403 | ok  | 401
            PUT /api/admin/matching-policy                       | 401 | 403 | 403 | 403 | ok  | 401
            GET /api/admin/stats                                 | 401 | 403 | 403 | 403 | ok  | 401
            GET /api/admin/stats.csv                             | 401 | 403 | 403 | 403 | ok  | 401
            GET /api/admin/setup-warnings                        | 401 | 403 | 403 | 403 | ok  | 401
            """;

    /**
     * Bodies: most rows send {} and are refused as invalid (400), which is "ok" for an allowed caller.
     * Where ownership is checked, a valid body shows that another host gets 404, not a validation error.
     */
    private static final Map<String, Object> BODIES = Map.of(
            "POST /api/matching/runs", Map.of("seconds", 1),
            "PUT /api/host/offers/{offer}", HostApiFixtures.offer("SE15 4AA"),
            "POST /api/host/placements/{placement}/decline", Map.of("reason", "Not this month"));

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Test
    void everyEndpointAnswersEachKindOfCallerAsTheMatrixSays() throws Exception {
        Map<String, Map<Actor, String>> matrix = parse();
        Set<String> rows = matrix.keySet().stream().map(AccessMatrixTest::key)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("rows of the matrix = the API's endpoints").isEqualTo(ApiEndpoints.of(handlerMapping));

        Map<Actor, ApiClient> callers = callers();
        Map<String, String> ids = ids(callers);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Map<Actor, String>> row : matrix.entrySet()) {
            String method = row.getKey().substring(0, row.getKey().indexOf(' '));
            String path = fill(row.getKey().substring(method.length() + 1), ids);
            // Host A last: its allowed calls may change its own records (accept, withdraw).
            for (Actor actor : List.of(Actor.ANONYMOUS, Actor.HOST_B, Actor.CASEWORKER, Actor.ADMIN, Actor.DISABLED,
                    Actor.HOST_A)) {
                Response response = method.equals("GET") || method.equals("DELETE")
                        ? callers.get(actor).send(method, path)
                        : callers.get(actor).send(method, path, BODIES.getOrDefault(row.getKey(), Map.of()));
                String expected = row.getValue().get(actor);
                if (!matches(expected, response.status())) {
                    wrong.add("%s as %s: expected %s, got %d %s".formatted(row.getKey(), actor, expected,
                            response.status(), response.body().length() > 200 ? response.body().substring(0, 200)
                                    : response.body()));
                }
            }
            awaitNoRunSolving(callers.get(Actor.CASEWORKER));
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean matches(String expected, int status) {
        if (status >= 500) {
            return false;
        }
        return switch (expected) {
            case "ok" -> status != 401 && status != 403 && status != 404;
            case "any" -> status != 401 && status != 403;
            default -> status == Integer.parseInt(expected);
        };
    }

    private static Map<String, Map<Actor, String>> parse() {
        Map<String, Map<Actor, String>> matrix = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.split("\\|");
            Map<Actor, String> row = new EnumMap<>(Actor.class);
            for (Actor actor : Actor.values()) {
                row.put(actor, cells[actor.ordinal() + 1].strip());
            }
            matrix.put(cells[0].strip(), row);
        }
        return matrix;
    }

    /** The matrix's keys with their placeholders as the handler mapping writes them. */
    private static String key(String row) {
        return row.replaceAll("\\{[^}]+}", "{}");
    }

    private Map<Actor, ApiClient> callers() {
        Map<Actor, ApiClient> callers = new EnumMap<>(Actor.class);
        ApiClient anonymous = new ApiClient(port);
        anonymous.get("/api/auth/csrf");
        callers.put(Actor.ANONYMOUS, anonymous);
        callers.put(Actor.CASEWORKER, testAccounts.signedIn(Role.CASEWORKER));
        callers.put(Actor.ADMIN, testAccounts.signedIn(Role.ADMIN));
        String disabledEmail = testAccounts.create(Role.CASEWORKER);
        ApiClient disabled = new ApiClient(port);
        disabled.login(disabledEmail, TestAccounts.PASSWORD);
        String disabledId = callers.get(Actor.ADMIN).get("/api/admin/accounts?q=" + disabledEmail).json()
                .path("items").get(0).path("id").asText();
        assertThat(callers.get(Actor.ADMIN).send("PATCH", "/api/admin/accounts/" + disabledId,
                Map.of("status", "DISABLED")).status()).isEqualTo(200);
        callers.put(Actor.DISABLED, disabled);
        return callers;
    }

    /** Real records for every placeholder, host A owning the host-side ones. */
    private Map<String, String> ids(Map<Actor, ApiClient> callers) throws Exception {
        ApiClient caseworker = callers.get(Actor.CASEWORKER);
        HostWithOffer hostA = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        HostWithOffer hostB = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        callers.put(Actor.HOST_A, hostA.host());
        callers.put(Actor.HOST_B, hostB.host());
        String spareOffer = hostA.host().postJson("/api/host/offers",
                HostApiFixtures.offer("SE15 4AA")).json().path("id").asText();
        String family = PlacementFixtures.readyFamily(caseworker);
        String placement = caseworker.postJson("/api/matching/proposals/"
                + PlacementFixtures.proposeByHand(caseworker, family, hostA.offerId()) + "/approve", Map.of())
                .json().path("id").asText();
        String proposal = PlacementFixtures.proposeByHand(caseworker, PlacementFixtures.readyFamily(caseworker),
                hostB.offerId());
        String run = caseworker.postJson("/api/matching/runs", Map.of("seconds", 1)).json().path("id").asText();
        awaitNoRunSolving(caseworker);
        JsonNode notifications = hostA.host().get("/api/notifications").json().path("items");
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("{offer}", hostA.offerId());
        ids.put("{spareOffer}", spareOffer);
        ids.put("{placement}", placement);
        ids.put("{notification}", notifications.get(0).path("id").asText());
        ids.put("{host}", hostA.hostId());
        ids.put("{family}", family);
        ids.put("{proposal}", proposal);
        ids.put("{run}", run);
        ids.put("{importJob}", caseworker.postFile("/api/import/offers", "file", "offers.csv", "text/csv",
                "hostEmail,hostName,title,type,address,bedrooms,maxGuests,availableFrom\r\n"
                        .getBytes(StandardCharsets.UTF_8)).json().path("id").asText());
        ids.put("{account}", hostA.hostId());
        ids.put("{token}", "not-a-real-intake-or-emailed-link-token");
        return ids;
    }

    private static String fill(String path, Map<String, String> ids) {
        String filled = path;
        for (Map.Entry<String, String> id : ids.entrySet()) {
            filled = filled.replace(id.getKey(), id.getValue());
        }
        return filled;
    }

    /** A run started by the matrix must not still hold the one-run lock when other tests start theirs. */
    private static void awaitNoRunSolving(ApiClient caseworker) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            JsonNode latest = caseworker.get("/api/matching/runs?size=1").json().path("items");
            if (latest.isEmpty() || !"SOLVING".equals(latest.get(0).path("status").asText())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("a matching run is still solving after 60 s");
    }
}
