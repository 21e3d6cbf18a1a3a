package org.haven.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like HTTP client for one user: it keeps cookies, fetches the CSRF token the way the
 * SPA does and sends it on unsafe requests. Each instance is one independent session.
 */
public class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    public ApiClient(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Not JSON: " + body, e);
            }
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The slug of a problem+json answer, e.g. {@code bad-credentials}. */
        public String problemType() {
            String type = json().path("type").asText();
            return type.substring(type.lastIndexOf(':') + 1);
        }

        /** The code of the field error on {@code field} (e.g. {@code required}), or empty. */
        public Optional<String> fieldCode(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asText())) {
                    return Optional.of(error.path("code").asText());
                }
            }
            return Optional.empty();
        }

        /** The message of the field error on {@code field}, or empty. */
        public Optional<String> fieldError(String field) {
            for (JsonNode error : json().path("errors")) {
                if (field.equals(error.path("field").asText())) {
                    return Optional.of(error.path("message").asText());
                }
            }
            return Optional.empty();
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    public Response postJson(String path, Object body) {
        return sendWithCsrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Response postRaw(String path, String contentType, String body) {
        return sendWithCsrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A POST whose body is streamed without a length (chunked), as a client may send it. */
    public Response postChunked(String path, String contentType, byte[] body) {
        java.util.function.Supplier<java.io.InputStream> stream = () -> new java.io.ByteArrayInputStream(body);
        return sendWithCsrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(stream)));
    }

    /** A file upload: {@code multipart/form-data} with one part {@code name} holding {@code content}. */
    public Response postFile(String path, String name, String fileName, String contentType, byte[] content) {
        String boundary = "haven-test-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return sendWithCsrf(HttpRequest.newBuilder(uri(path)) // with a length, as browsers send files
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A POST without the CSRF header, as a cross-site form would send it. */
    public Response postWithoutCsrf(String path, Object body) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** Any method with a JSON body, with the CSRF token. */
    public Response send(String method, String path, Object body) {
        return sendWithCsrf(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** Any method without a body, with the CSRF token. */
    public Response send(String method, String path) {
        return sendWithCsrf(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Any method, any headers (e.g. a wrong Content-Type or Accept), a raw body, with the CSRF token. */
    public Response sendRaw(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return sendWithCsrf(request);
    }

    /** An answer's bytes as they came over the wire (e.g. gzip-encoded), for tests of the encoding. */
    public record RawResponse(int status, java.net.http.HttpHeaders headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }
    }

    /** A GET with these headers (e.g. Accept-Encoding), its body not decoded. */
    public RawResponse getRaw(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        headers.forEach(request::header);
        HttpResponse<byte[]> response = exchange(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        return new RawResponse(response.statusCode(), response.headers(), response.body());
    }

    public Response login(String email, String password) {
        String form = Map.of("username", email, "password", password).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return postRaw("/api/auth/login", "application/x-www-form-urlencoded", form);
    }

    public Response logout() {
        return postRaw("/api/auth/logout", "application/x-www-form-urlencoded", "");
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Sets a cookie as if this client had received it, e.g. to replay another session's id. */
    public void setCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
    }

    private Response sendWithCsrf(HttpRequest.Builder request) {
        String token = cookie("XSRF-TOKEN").filter(value -> !value.isEmpty())
                .orElseGet(() -> get("/api/auth/csrf").json().path("token").asText());
        return send(request.header("X-XSRF-TOKEN", token));
    }

    private Response send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
