package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.family.FamilyApiFixtures.family;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The intake link a caseworker sends to a family starts with the address families can reach:
 * HAVEN_PUBLIC_URL when set; else the address the caseworker's browser used, when it is one of
 * this server's names; never a Host header the server does not answer to.
 */
class IntakeLinkAddressApiTest {

    /** What a caseworker needs to ask for a link, over raw HTTP when the Host header is forged. */
    abstract static class WithACase {

        @LocalServerPort
        int port;

        @Autowired
        TestAccounts testAccounts;

        @Autowired
        JdbcTemplate jdbc;

        ApiClient caseworker;
        String familyId;

        @BeforeEach
        void openACase() {
            caseworker = new ApiClient(port);
            caseworker.login(testAccounts.create(Role.CASEWORKER), TestAccounts.PASSWORD);
            familyId = caseworker.postJson("/api/families", family()).json().path("id").asText();
        }

        Response askForLink() {
            return caseworker.postJson("/api/families/" + familyId + "/intake-link", Map.of());
        }

        /** The same request as {@link #askForLink()}, with a Host header of our choosing. */
        String askForLinkWithHost(String host) throws IOException {
            String csrf = caseworker.get("/api/auth/csrf").json().path("token").asText();
            String cookies = "HAVEN_SESSION=" + caseworker.cookie("HAVEN_SESSION").orElseThrow()
                    + "; XSRF-TOKEN=" + caseworker.cookie("XSRF-TOKEN").orElse(csrf);
            String request = "POST /api/families/" + familyId + "/intake-link HTTP/1.1\r\n"
                    + "Host: " + host + "\r\n"
                    + "Cookie: " + cookies + "\r\n"
                    + "X-XSRF-TOKEN: " + csrf + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}";
            try (Socket socket = new Socket("localhost", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(request.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }

        String status() {
            return jdbc.queryForObject("select status from family_case where id = cast(? as uuid)", String.class, familyId);
        }

        int links() {
            return jdbc.queryForObject("select count(*) from intake_link where family_id = cast(? as uuid)", Integer.class,
                    familyId);
        }
    }

    @Nested
    @HttpTest
    class WithoutAPublicUrl extends WithACase {

        @Test
        void theLinkStartsWithTheAddressTheCaseworkerUsed() throws IOException {
            Response link = askForLink();

            assertThat(link.status()).isEqualTo(201);
            assertThat(link.json().path("url").asText()).startsWith("http://localhost:" + port + "/intake/");
            assertThat(askForLinkWithHost("127.0.0.1:" + port)).startsWith("HTTP/1.1 201")
                    .contains("\"url\":\"http://127.0.0.1:" + port + "/intake/");
        }

        @Test
        void aForgedHostGetsNoLinkAndChangesNothing() throws IOException {
            String before = status();

            String answer = askForLinkWithHost("evil.example");

            assertThat(answer).startsWith("HTTP/1.1 409").contains("application/problem+json")
                    .contains("public-url-unknown").contains("HAVEN_PUBLIC_URL").doesNotContain("evil.example/intake");
            assertThat(status()).isEqualTo(before);
            assertThat(links()).isZero();
        }

        @Test
        void adminsAreWarnedThatThePublicUrlIsUnset() {
            ApiClient admin = testAccounts.signedIn(Role.ADMIN);

            Response warnings = admin.get("/api/admin/setup-warnings");

            assertThat(warnings.status()).isEqualTo(200);
            assertThat(warnings.json().path("warnings")).extracting(node -> node.asText()).containsExactly("public-url-unset");
            assertThat(caseworker.get("/api/admin/setup-warnings").status()).isEqualTo(403);
        }
    }

    @Nested
    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
            "spring.datasource.url=jdbc:h2:mem:haven-public-url;DB_CLOSE_DELAY=-1",
            "haven.public-url=https://haven.example.org/"
    })
    @Import(TestAccounts.class)
    class WithAPublicUrl extends WithACase {

        @Test
        void theLinkStartsWithThePublicUrlWhateverTheHost() throws IOException {
            Response link = askForLink();

            assertThat(link.status()).isEqualTo(201);
            assertThat(link.json().path("url").asText()).startsWith("https://haven.example.org/intake/");
            assertThat(askForLinkWithHost("evil.example")).startsWith("HTTP/1.1 201")
                    .contains("\"url\":\"https://haven.example.org/intake/");
        }

        @Test
        void adminsHaveNoWarning() {
            ApiClient admin = testAccounts.signedIn(Role.ADMIN);

            assertThat(admin.get("/api/admin/setup-warnings").json().path("warnings")).isEmpty();
        }
    }
}
