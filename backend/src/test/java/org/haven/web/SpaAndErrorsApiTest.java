package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HttpTest
class SpaAndErrorsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void aDeepLinkIntoTheAppIsAnsweredWithTheSpa() {
        ApiClient browser = new ApiClient(port);

        Response root = browser.get("/");
        Response deepLink = browser.get("/caseworker/families");

        assertThat(root.status()).isEqualTo(200);
        assertThat(deepLink.status()).isEqualTo(200);
        assertThat(deepLink.contentType()).startsWith("text/html");
        assertThat(deepLink.body()).isEqualTo(root.body()).contains("<div id=\"root\"");
    }

    @Test
    void aMissingFileOrApiPathIsAProblemNotTheSpa() {
        ApiClient client = testAccounts.signedIn(Role.ADMIN);

        Response missingAsset = client.get("/assets/missing-file.js");
        Response unknownAdminApi = client.get("/api/admin/nothing-here");

        assertThat(missingAsset.status()).isEqualTo(404);
        assertThat(missingAsset.contentType()).startsWith("application/problem+json");
        assertThat(unknownAdminApi.status()).isEqualTo(404);
        assertThat(unknownAdminApi.problemType()).isEqualTo("not-found");
    }

    /**
     * A PUT, PATCH or DELETE whose form-encoded body is not valid URL encoding (found by
     * {@code FuzzApiTest}): Spring's form-content filter, which Haven has no use for, threw before any
     * handler could answer, so the caller got a 500 and the log a stack trace, signed in or not.
     */
    @Test
    void aFormBodyThatIsNotUrlEncodingIsAProblemNotAServerError() {
        for (ApiClient client : List.of(new ApiClient(port), testAccounts.signedIn(Role.CASEWORKER))) {
            for (String method : List.of("PUT", "PATCH", "DELETE")) {
                Response response = client.sendRaw(method, "/api/intake/not-a-token",
                        Map.of("Content-Type", "application/x-www-form-urlencoded"), "%\ua8b9\u2140=1");
                assertThat(response.status()).as(method).isBetween(400, 499);
                assertThat(response.contentType()).as(method).startsWith("application/problem+json");
            }
        }
    }

    /**
     * Errors that Spring sends instead of throwing (a Range that names no part of a static file)
     * reach /error, where Spring Boot would answer in its own JSON shape.
     */
    @Test
    void anErrorSentRatherThanThrownIsAProblemToo() {
        ApiClient browser = new ApiClient(port);

        for (String path : List.of("/", "/caseworker/families")) {
            // A client that accepts only JSON still gets the error it caused, not an empty 406. ("/" is
            // left out of that: asked for as anything but HTML, Spring Boot's welcome page answers 406.)
            for (String accept : path.equals("/") ? List.of("*/*") : List.of("*/*", "application/json")) {
                Response range = browser.sendRaw("GET", path, Map.of("Range", "bytes=9999999-", "Accept", accept), null);

                assertThat(range.status()).as(path + " " + accept).isEqualTo(416);
                assertThat(range.contentType()).as(path).isEqualTo("application/problem+json;charset=UTF-8");
                assertThat(range.problemType()).as(path).isEqualTo("malformed-request");
                assertThat(range.json().path("status").asInt()).as(path).isEqualTo(416);
                assertThat(range.json().path("instance").asText()).as(path).isEqualTo(path);
                assertThat(range.body()).as(path).doesNotContain("timestamp");
            }
        }
        Response error = browser.get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.problemType()).isEqualTo("not-found");
    }

    @Test
    void aPathTheFirewallRefusesIsAProblemToo() {
        ApiClient client = testAccounts.signedIn(Role.CASEWORKER);

        for (String path : new String[] {"/api/matching/runs//events", "/api/families/%2e%2e/x", "/api/hosts/a;b"}) {
            Response response = client.get(path);
            assertThat(response.status()).as(path).isEqualTo(400);
            assertThat(response.contentType()).as(path).startsWith("application/problem+json");
            assertThat(response.problemType()).as(path).endsWith("malformed-request");
        }
    }

    @Test
    void theSoftwareBillOfMaterialsIsServedToAdminsOnly() {
        ApiClient admin = testAccounts.signedIn(Role.ADMIN);
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);

        Response sbom = admin.get("/actuator/sbom/application");

        assertThat(sbom.status()).isEqualTo(200);
        assertThat(sbom.json().path("bomFormat").asText()).isEqualTo("CycloneDX");
        assertThat(sbom.body()).contains("optaplanner-core", "spring-boot");
        assertThat(caseworker.get("/actuator/sbom/application").status()).isEqualTo(403);
    }

    @Test
    void aWrongMethodIsAProblemToo() {
        ApiClient client = testAccounts.signedIn(Role.ADMIN);

        Response delete = client.send("DELETE", "/api/admin/accounts");

        assertThat(delete.status()).isEqualTo(405);
        assertThat(delete.problemType()).isEqualTo("method-not-allowed");
    }
}
