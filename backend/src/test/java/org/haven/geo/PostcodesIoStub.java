package org.haven.geo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in postcodes.io server on a random loopback port. Answers have the shape the real
 * server gives (https://api.postcodes.io/docs): {@code {"status": 200, "result": …}}, or
 * {@code {"status": 404, "error": "Postcode not found"}} with HTTP 404. Paths are matched as
 * postcodes.io does: case and spaces do not matter.
 */
final class PostcodesIoStub implements AutoCloseable {

    record Answer(int status, String body, Duration delay) {
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private volatile Answer everything;

    PostcodesIoStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        // Handlers off the dispatcher thread, so a hanging answer does not hold up stopping.
        server.setExecutor(handlers);
        server.start();
    }

    String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
    }

    /** {@code path} like "/postcodes/BR8 7RE" or "/places?q=leeds". */
    PostcodesIoStub answer(String path, int status, String body) {
        answers.put(key(path), new Answer(status, body, Duration.ZERO));
        return this;
    }

    /** Every request gets this answer, after the delay (a failing or hanging server). */
    PostcodesIoStub answerEverything(int status, String body, Duration delay) {
        everything = new Answer(status, body, delay);
        return this;
    }

    List<String> requests() {
        return requests;
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String query = exchange.getRequestURI().getQuery();
        String requested = path + (query == null ? "" : "?" + query);
        requests.add(requested);
        Answer answer = everything;
        if (answer == null) {
            answer = answers.getOrDefault(key(requested), notFound(path));
        }
        try {
            Thread.sleep(answer.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** What postcodes.io answers for an unknown postcode or outcode, and [] for places. */
    private static Answer notFound(String path) {
        if (path.startsWith("/postcodes/")) {
            return new Answer(404, "{\"status\":404,\"error\":\"Postcode not found\"}", Duration.ZERO);
        }
        if (path.startsWith("/outcodes/")) {
            return new Answer(404, "{\"status\":404,\"error\":\"Outcode not found\"}", Duration.ZERO);
        }
        if (path.equals("/places")) {
            return new Answer(200, "{\"status\":200,\"result\":[]}", Duration.ZERO);
        }
        return new Answer(404, "{\"status\":404,\"error\":\"Resource not found\"}", Duration.ZERO);
    }

    private static String key(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        String path = question < 0 ? pathAndQuery : pathAndQuery.substring(0, question);
        String query = question < 0 ? "" : pathAndQuery.substring(question + 1).replaceAll("&limit=\\d+", "");
        return path.replace(" ", "").toUpperCase(Locale.ROOT) + (query.isEmpty() ? "" : "?" + query.toLowerCase(Locale.ROOT));
    }
}
