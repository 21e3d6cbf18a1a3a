package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.RawResponse;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * gzip when the browser asks for it and plain bytes when it does not; hashed assets cached for a
 * year, index.html and the API never served from a cache without asking.
 */
@HttpTest
class CompressionAndCachingApiTest {

    private static final Map<String, String> GZIP = Map.of("Accept-Encoding", "gzip");
    private static final Pattern HASHED_SCRIPT = Pattern.compile("/assets/[\\w.-]+-[\\w-]{8,}\\.js");
    private static final Pattern HASHED_STYLE = Pattern.compile("/assets/[\\w.-]+-[\\w-]{8,}\\.css");

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aHashedScriptIsGzippedOnlyWhenAskedFor() {
        ApiClient browser = new ApiClient(port);
        String script = assetIn(browser.get("/").body(), HASHED_SCRIPT);

        RawResponse gzipped = browser.getRaw(script, GZIP);
        RawResponse plain = browser.getRaw(script, Map.of());

        assertThat(gzipped.status()).isEqualTo(200);
        assertThat(gzipped.header("Content-Encoding")).contains("gzip");
        assertThat(gzipped.header("Vary")).get().asString().containsIgnoringCase("accept-encoding");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Encoding")).isEmpty();
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
    }

    @Test
    void aLargeJsonAnswerIsGzippedOnlyWhenAskedFor() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        for (int i = 0; i < 30; i++) {
            testAccounts.create(Role.HOST);
        }
        String accounts = "/api/admin/accounts?page=0&size=30";

        RawResponse gzipped = admin.getRaw(accounts, GZIP);
        RawResponse plain = admin.getRaw(accounts, Map.of());

        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Type")).get().asString().startsWith("application/json");
        assertThat(plain.header("Content-Encoding")).isEmpty();
        assertThat(plain.body().length).as("large enough to be worth compressing").isGreaterThan(4096);
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).startsWith("{");
        assertThat(gzipped.status()).isEqualTo(200);
        assertThat(gzipped.header("Content-Encoding")).contains("gzip");
        assertThat(new String(gunzip(gzipped.body()), StandardCharsets.UTF_8)).startsWith("{").contains("\"items\"");
    }

    @Test
    void hashedAssetsAreCachedForAYearAndNeverChange() {
        ApiClient browser = new ApiClient(port);
        String index = browser.get("/").body();

        for (String asset : new String[] {assetIn(index, HASHED_SCRIPT), assetIn(index, HASHED_STYLE)}) {
            RawResponse response = browser.getRaw(asset, GZIP);
            assertThat(response.status()).as(asset).isEqualTo(200);
            assertThat(directives(response)).as(asset)
                    .containsExactlyInAnyOrder("public", "max-age=31536000", "immutable");
        }
    }

    @Test
    void theAppPageAndTheApiAreNeverTakenFromACacheUnchecked() {
        ApiClient browser = testAccounts.signedIn(Role.CASEWORKER);

        for (String page : new String[] {"/", "/index.html", "/caseworker/families"}) {
            RawResponse response = browser.getRaw(page, GZIP);
            assertThat(response.header("Content-Type")).as(page).get().asString().startsWith("text/html");
            assertThat(directives(response)).as(page).contains("no-cache").doesNotContain("immutable")
                    .noneMatch(directive -> directive.startsWith("max-age=") && !directive.equals("max-age=0"));
        }
        for (String api : new String[] {"/api/auth/me", "/api/dashboard", "/assets/missing-file-0123abcd.js"}) {
            RawResponse response = browser.getRaw(api, GZIP);
            assertThat(directives(response)).as(api).contains("no-store").doesNotContain("immutable", "public");
        }
    }

    private static String assetIn(String indexHtml, Pattern pattern) {
        Matcher matcher = pattern.matcher(indexHtml);
        assertThat(matcher.find()).as("index.html names an asset like " + pattern).isTrue();
        return matcher.group();
    }

    private static java.util.List<String> directives(RawResponse response) {
        return response.headers().allValues("Cache-Control").stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .map(String::trim)
                .toList();
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
