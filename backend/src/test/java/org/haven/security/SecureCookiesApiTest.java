package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * HAVEN_SECURE_COOKIES=true (Haven behind TLS): every cookie Haven sets — the CSRF token, the
 * session, and the expired ones sign-out sends — carries {@code Secure}, and every answer carries
 * HSTS. The test client talks plain HTTP, so it hands each cookie back as a browser on HTTPS would.
 */
@HttpTest
@TestPropertySource(properties = "server.servlet.session.cookie.secure=true")
class SecureCookiesApiTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Test
    void everyCookieIsSecureAndEveryAnswerCarriesHsts() {
        ApiClient client = new ApiClient(port);

        Response csrf = client.get("/api/auth/csrf");
        assertThat(cookies(csrf)).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN=").contains("; Secure"));
        assertThat(csrf.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000 ; includeSubDomains");
        resend(client, "XSRF-TOKEN");

        Response login = client.login(testAccounts.create(Role.HOST), TestAccounts.PASSWORD);
        assertThat(login.status()).isEqualTo(204);
        assertThat(cookies(login)).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
        assertThat(cookies(login)).anySatisfy(cookie -> assertThat(cookie).startsWith("HAVEN_SESSION="));
        resend(client, "HAVEN_SESSION");

        Response me = client.get("/api/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.headers().firstValue("Strict-Transport-Security")).isPresent();
        assertThat(cookies(me)).allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
        assertThat(cookies(client.get("/api/auth/csrf"))).allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
        resend(client, "XSRF-TOKEN");

        Response logout = client.logout();
        assertThat(logout.status()).isEqualTo(204);
        assertThat(cookies(logout)).anySatisfy(cookie -> assertThat(cookie).startsWith("HAVEN_SESSION=;"))
                .allSatisfy(cookie -> assertThat(cookie).contains("; Secure"));
    }

    private static List<String> cookies(Response response) {
        return response.headers().allValues("Set-Cookie");
    }

    /** A Secure cookie is not sent over plain HTTP: copy it to a plain one, as HTTPS would carry it. */
    private static void resend(ApiClient client, String name) {
        client.cookie(name).ifPresent(value -> client.setCookie(name, value));
    }
}
