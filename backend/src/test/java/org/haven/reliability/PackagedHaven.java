package org.haven.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.haven.testing.ApiClient;

/**
 * The packaged app ({@code target/haven.jar}, built by {@code package}) as an operator runs it: its
 * own JVM, started with demo data, killed or stopped like a real process. For the failsafe tests.
 */
final class PackagedHaven {

    static final Path JAR = Path.of("target/haven.jar");
    /** The snapshots of the previous release were written with it. */
    static final String DEMO_PASSWORD = org.haven.testing.PreviousRelease.DEMO_PASSWORD;

    private final Process process;
    private final int port;

    private PackagedHaven(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the jar with {@code --demo} and {@code arguments}, its output appended to {@code log},
     * and returns once readiness answers 200.
     */
    static PackagedHaven start(Path log, Map<String, String> environment, String... arguments) throws Exception {
        return start(log, freePort(), Duration.ofMinutes(3), environment, arguments);
    }

    /**
     * As {@link #start(Path, Map, String...)}, on {@code port} (an instance restarted where its load
     * balancer expects it), waiting at most {@code readyWithin} (several starting at once take longer).
     */
    static PackagedHaven start(Path log, int port, Duration readyWithin, Map<String, String> environment,
            String... arguments) throws Exception {
        List<String> command = new ArrayList<>(ClassDataSharing.javaCommand(JAR));
        command.addAll(List.of("--demo", "--server.port=" + port));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("HAVEN_DEMO_PASSWORD", DEMO_PASSWORD);
        builder.environment().putAll(environment);
        PackagedHaven haven = new PackagedHaven(builder.start(), port);
        haven.awaitReady(log, readyWithin);
        return haven;
    }

    int port() {
        return port;
    }

    /** A signed-in client for one of the demo accounts (caseworker@haven.example, …). */
    ApiClient signIn(String email) {
        ApiClient client = new ApiClient(port);
        assertThat(client.login(email, DEMO_PASSWORD).status()).as("sign-in of " + email).isEqualTo(204);
        return client;
    }

    /** SIGTERM: Spring's graceful shutdown, as an operator stops Haven. */
    void stopGracefully() throws InterruptedException {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("Haven stopped within a minute").isTrue();
    }

    /** SIGKILL: no shutdown hook, no graceful anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until the matching run has ended (any status but SOLVING), at most a minute. */
    static void awaitRunEnd(ApiClient caseworker, String runId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (!"SOLVING".equals(caseworker.get("/api/matching/runs/" + runId).json().path("status").asText())) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " still solving after a minute");
    }

    /** Runs one of the operator's scripts in tools/backup, as an operator would; returns its output. */
    static String backupScript(String name, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("../tools/backup", name).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(name + ": " + output).isZero();
        return output;
    }

    private void awaitReady(Path log, Duration readyWithin) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(readyWithin);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Haven exited: " + Files.readString(log));
            }
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new AssertionError("Haven did not become ready in " + readyWithin);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
