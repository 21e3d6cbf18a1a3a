package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.haven.family.FamilyApiFixtures;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.EmbeddedPostgresSupport;
import org.haven.testing.EmbeddedPostgresSupport.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three instances of the packaged app on one PostgreSQL (the embedded server, loopback ports),
 * started together on an empty database, as a load balancer would see them: a session made on one
 * works on the others and ends on all of them at once; of 20 simultaneous run starts spread over
 * them exactly one is accepted; {@code kill -9} of the solving instance ends its run FAILED within
 * the lease and a new run succeeds elsewhere, its progress streamed by an instance that does not
 * solve it; a reminder falling due is sent once, not three times; and while one instance is killed
 * and restarted no request answers 5xx (the client retries refused connections only, as a load
 * balancer does). Short lease and deadlines by properties keep it quick. Figures: docs/reliability.md.
 */
class ClusterIT {

    private static final Duration LEASE = Duration.ofSeconds(3);
    private static final Duration LEASE_CHECK = Duration.ofSeconds(1);
    private static final Duration REMIND_AFTER = Duration.ofSeconds(4);
    private static final String CASEWORKER = "caseworker@haven.example";

    @TempDir
    Path workDir;

    private final List<PackagedHaven> instances = new CopyOnWriteArrayList<>();
    private final Map<String, String> environment = new HashMap<>();
    private Database database;
    /** The killed solver, started again while the reminder is checked. */
    private int killedSolver;
    private Future<PackagedHaven> restartingSolver;
    private String doneRun;

    @AfterEach
    void stopAll() throws Exception {
        if (restartingSolver != null) {
            instances.add(restartingSolver.get());
        }
        for (PackagedHaven instance : instances) {
            if (instance != null) {
                instance.kill();
            }
        }
    }

    @Test
    void threeInstancesOnOnePostgresBehaveAsOneHaven() throws Exception {
        Instant begin = Instant.now();
        Path logs = Path.of("target", "cluster-it");
        if (Files.isDirectory(logs)) {
            try (var old = Files.list(logs)) {
                for (Path log : old.toList()) {
                    Files.delete(log);
                }
            }
        }
        database = EmbeddedPostgresSupport.newDatabase();
        environment.put("HAVEN_DB_URL", database.jdbcUrl());
        environment.put("HAVEN_DB_USER", database.username());
        environment.put("HAVEN_DB_PASSWORD", database.password());
        environment.put("HAVEN_ENCRYPTION_KEY", Base64.getEncoder().encodeToString(new SecureRandom().generateSeed(32)));

        // Started together on an empty database: Flyway's lock and the start-up data lock let each through in turn.
        ExecutorService starter = Executors.newFixedThreadPool(3);
        List<Future<PackagedHaven>> starting = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            starting.add(starter.submit(() -> start(n, PackagedHaven.freePort())));
        }
        for (Future<PackagedHaven> instance : starting) {
            instances.add(instance.get());
        }
        starter.shutdown();
        Duration startedIn = Duration.between(begin, Instant.now());
        assertThat(logsSaying("Migrating schema")).as("instances that migrated").isEqualTo(1);
        assertThat(logsSaying("Haven demo accounts")).as("instances that created the demo data").isEqualTo(1);

        ApiClient caseworker = instances.get(0).signIn(CASEWORKER);
        sessionsAreShared(caseworker);
        disablingEndsTheSessionOnEveryInstance();
        Duration failedWithin = oneRunAtATimeAndAKilledSolverFailsWithinTheLease(caseworker);
        aReminderIsSentOnce(caseworker, doneRun);
        PackagedHaven restarted = restartingSolver.get();
        restartingSolver = null;
        instances.set(killedSolver, restarted);
        int requests = noFiveHundredWhileAnInstanceIsKilledAndRestarted(caseworker);

        System.out.printf("ClusterIT: 3 instances started together on an empty PostgreSQL in %d s; the killed solver's "
                + "run FAILED %.1f s after the kill (lease %d s); %d requests while one instance was killed and "
                + "restarted, none 5xx; %d s in all%n", startedIn.toSeconds(), failedWithin.toMillis() / 1000.0,
                LEASE.toSeconds(), requests, Duration.between(begin, Instant.now()).toSeconds());
    }

    /** Signed in on A, the session works on B and C. */
    private void sessionsAreShared(ApiClient caseworker) {
        for (PackagedHaven instance : instances) {
            Response me = on(instance, caseworker).get("/api/auth/me");
            assertThat(me.status()).as("signed in on A, asked on port " + instance.port()).isEqualTo(200);
            assertThat(me.json().path("email").asText()).isEqualTo(CASEWORKER);
        }
    }

    /** An admin on B disables a host signed in on A: the host's next request fails on A and on C at once. */
    private void disablingEndsTheSessionOnEveryInstance() {
        ApiClient host = instances.get(0).signIn("host.demo07@haven.example");
        assertThat(on(instances.get(2), host).get("/api/auth/me").status()).isEqualTo(200);
        ApiClient admin = instances.get(1).signIn("admin@haven.example");
        String hostId = admin.get("/api/admin/accounts?q=host.demo07@haven.example").json().path("items").get(0)
                .path("id").asText();

        assertThat(admin.send("PATCH", "/api/admin/accounts/" + hostId, Map.of("status", "DISABLED")).status())
                .isEqualTo(200);

        assertThat(on(instances.get(0), host).get("/api/auth/me").status()).as("on A").isEqualTo(401);
        assertThat(on(instances.get(2), host).get("/api/auth/me").status()).as("on C").isEqualTo(401);
    }

    /**
     * 20 starts at once, round-robin over the instances: one 202, 19 × 409. The solving instance is
     * killed; the run is FAILED within the lease (plus one check), and a new run started on another
     * instance ends DONE, its events streamed by the third.
     */
    private Duration oneRunAtATimeAndAKilledSolverFailsWithinTheLease(ApiClient caseworker) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(20);
        CountDownLatch ready = new CountDownLatch(20);
        List<Future<Map.Entry<Integer, Response>>> starts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int n = i % 3;
            ApiClient client = on(instances.get(n), caseworker);
            starts.add(clients.submit(() -> {
                ready.countDown();
                ready.await();
                return Map.entry(n, client.postJson("/api/matching/runs", Map.of("seconds", 60)));
            }));
        }
        List<Integer> accepted = new ArrayList<>();
        String runId = null;
        for (Future<Map.Entry<Integer, Response>> start : starts) {
            Map.Entry<Integer, Response> answer = start.get();
            if (answer.getValue().status() == 202) {
                accepted.add(answer.getKey());
                runId = answer.getValue().json().path("id").asText();
            } else {
                assertThat(answer.getValue().status()).as(answer.getValue().body()).isEqualTo(409);
                assertThat(answer.getValue().problemType()).isEqualTo("matching-run-in-progress");
            }
        }
        clients.shutdown();
        assertThat(accepted).as("instances that accepted a start").hasSize(1);
        int solver = accepted.get(0);
        int other = (solver + 1) % 3;
        int third = (solver + 2) % 3;
        assertThat(on(instances.get(other), caseworker).get("/api/matching/runs/" + runId).json().path("status")
                .asText()).as("seen from another instance").isEqualTo("SOLVING");

        instances.get(solver).kill();
        Instant killed = Instant.now();
        instances.set(solver, null);
        String killedRun = runId;
        ApiClient watcher = on(instances.get(other), caseworker);
        while (!"FAILED".equals(watcher.get("/api/matching/runs/" + killedRun).json().path("status").asText())) {
            assertThat(Duration.between(killed, Instant.now())).as("run FAILED within the lease and a check")
                    .isLessThan(LEASE.plus(LEASE_CHECK).plusSeconds(5));
            Thread.sleep(100);
        }
        Duration failedWithin = Duration.between(killed, Instant.now());

        // Long enough to propose on a busy machine: its proposals are needed for the reminder below.
        Response next = watcher.postJson("/api/matching/runs", Map.of("seconds", 10));
        assertThat(next.status()).as(next.body()).isEqualTo(202);
        String nextRun = next.json().path("id").asText();
        String events = new String(on(instances.get(third), caseworker).getRaw("/api/matching/runs/" + nextRun + "/events",
                Map.of("Accept", "text/event-stream")).body(), StandardCharsets.UTF_8);
        assertThat(events.split("event:progress", -1).length - 1)
                .as("progress at connect and read from the database as the solving instance wrote it: " + events)
                .isGreaterThanOrEqualTo(2);
        assertThat(events).as("streamed by an instance that does not solve the run").contains("event:end")
                .contains("\"status\":\"DONE\"");
        assertThat(watcher.get("/api/matching/runs/" + nextRun).json().path("status").asText()).isEqualTo("DONE");
        doneRun = nextRun;

        killedSolver = solver;
        ExecutorService restarter = Executors.newSingleThreadExecutor();
        restartingSolver = restarter.submit(() -> start(solver, PackagedHaven.freePort()));
        restarter.shutdown();
        return failedWithin;
    }

    /** A placement waiting for its host past the reminder time, with three instances checking deadlines: one reminder. */
    private void aReminderIsSentOnce(ApiClient browser, String doneRun) throws Exception {
        ApiClient caseworker = on(instances.stream().filter(instance -> instance != null).findFirst().orElseThrow(),
                browser);
        JsonNode proposal = null;
        for (JsonNode candidate : caseworker.get("/api/matching/runs/" + doneRun + "/proposals").json()) {
            if ("PROPOSED".equals(candidate.path("status").asText())) {
                proposal = candidate;
                break;
            }
        }
        assertThat(proposal).as("a proposal of the last run: " + caseworker.get("/api/matching/runs/" + doneRun).body())
                .isNotNull();
        Response approved = caseworker.postJson("/api/matching/proposals/" + proposal.path("id").asText() + "/approve",
                Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(201);
        UUID placement = UUID.fromString(approved.json().path("id").asText());

        Instant until = Instant.now().plus(REMIND_AFTER).plusSeconds(20);
        while (reminders(placement) == 0) {
            assertThat(Instant.now()).as("reminded in time").isBefore(until);
            Thread.sleep(250);
        }
        Thread.sleep(3_000); // three more checks on every instance
        assertThat(reminders(placement)).as("one reminder, not one per instance").isEqualTo(1);
    }

    /**
     * A client sends requests round-robin (reads and writes) while one instance is killed and then
     * restarted on its port; a refused connection is retried on the next instance, as a load
     * balancer does. No answer is 5xx, and the restarted instance answers again.
     */
    private int noFiveHundredWhileAnInstanceIsKilledAndRestarted(ApiClient caseworker) throws Exception {
        AtomicInteger next = new AtomicInteger();
        Map<Integer, ApiClient> clients = new HashMap<>();
        List<String> fiveHundreds = new CopyOnWriteArrayList<>();
        int[] count = { 0 };
        Function<Function<ApiClient, Response>, Response> balanced = request -> {
            for (int attempt = 0; attempt < 6; attempt++) {
                PackagedHaven instance = instances.get(Math.floorMod(next.getAndIncrement(), 3));
                if (instance == null) {
                    continue; // not there at all: as refused
                }
                try {
                    Response response = request.apply(clients.computeIfAbsent(instance.port(),
                            port -> on(instance, caseworker)));
                    count[0]++;
                    if (response.status() >= 500) {
                        fiveHundreds.add(response.status() + " " + response.body());
                    }
                    return response;
                } catch (IllegalStateException e) {
                    if (!(e.getCause() instanceof ConnectException)) {
                        throw e;
                    }
                }
            }
            throw new AssertionError("no instance took the request");
        };
        Runnable someRequests = () -> {
            for (int i = 0; i < 9; i++) {
                assertThat(balanced.apply(client -> client.get("/api/auth/me")).status()).isEqualTo(200);
                assertThat(balanced.apply(client -> client.get("/api/families?size=5")).status()).isEqualTo(200);
                assertThat(balanced.apply(client -> client.postJson("/api/families", FamilyApiFixtures.family()))
                        .status()).isEqualTo(201);
            }
        };
        someRequests.run();
        PackagedHaven victim = instances.get(2);
        int port = victim.port();
        victim.kill();
        instances.set(2, null);
        ExecutorService restarter = Executors.newSingleThreadExecutor();
        Future<PackagedHaven> restarted = restarter.submit(() -> start(2, port));
        while (!restarted.isDone()) {
            someRequests.run();
            Thread.sleep(200);
        }
        restarter.shutdown();
        PackagedHaven back = restarted.get();
        instances.set(2, back);
        someRequests.run();
        assertThat(on(back, caseworker).get("/api/auth/me").status()).as("the restarted instance, same session")
                .isEqualTo(200);
        assertThat(fiveHundreds).isEmpty();
        return count[0];
    }

    /** How many of the instances' logs say {@code text}. */
    private static long logsSaying(String text) throws Exception {
        try (var logs = Files.list(Path.of("target", "cluster-it"))) {
            return logs.filter(log -> {
                try {
                    return Files.readString(log).contains(text);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
    }

    private long reminders(UUID placement) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from notification where kind = 'PLACEMENT_REMINDER' and subject_id = ?")) {
            count.setObject(1, placement);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** The same browser (session and CSRF cookies) talking to another instance. */
    private static ApiClient on(PackagedHaven instance, ApiClient browser) {
        ApiClient client = new ApiClient(instance.port());
        browser.cookie("HAVEN_SESSION").ifPresent(value -> client.setCookie("HAVEN_SESSION", value));
        browser.cookie("XSRF-TOKEN").ifPresent(value -> client.setCookie("XSRF-TOKEN", value));
        return client;
    }

    private PackagedHaven start(int n, int port) throws Exception {
        // Logs under target/, kept after a failure for a look; emptied when the test begins.
        Path logs = Files.createDirectories(Path.of("target", "cluster-it"));
        return PackagedHaven.start(logs.resolve("instance-" + n + ".log"), port, Duration.ofMinutes(8), environment,
                "--spring.profiles.active=postgres", "--haven.data-dir=" + workDir.resolve("data-" + n),
                "--haven.matching.lease-timeout=" + LEASE.toSeconds() + "s",
                "--haven.matching.heartbeat-every=500ms",
                "--haven.matching.lease-check-every=" + LEASE_CHECK.toSeconds() + "s",
                "--haven.matching.events-poll-every=500ms",
                "--haven.placements.remind-after=" + REMIND_AFTER.toSeconds() + "s",
                "--haven.placements.check-every=1s");
    }
}
