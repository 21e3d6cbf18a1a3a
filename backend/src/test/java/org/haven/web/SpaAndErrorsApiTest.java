package org.haven.web;

import static org.assertj.core.api.Assertions.assertThat;

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
