package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;
import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/**
 * The idle timeout: every session is created with 30 minutes of allowed inactivity, and the server
 * forgets a session once that has passed. Waiting 30 minutes is not a test, so the session's own
 * interval is shortened to one second and Tomcat's expiry sweep is run; the configured value is
 * checked on a fresh session.
 */
@HttpTest
class IdleSessionTimeoutTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void aSessionIdleLongerThanItsIntervalIsGoneAndTheIntervalIsThirtyMinutes() throws Exception {
        ApiClient client = testAccounts.signedIn(Role.CASEWORKER);
        Manager manager = ((Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost()
                .findChildren()[0]).getManager();
        Session session = manager.findSession(client.cookie("HAVEN_SESSION").orElseThrow());

        assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
        assertThat(client.get("/api/auth/me").status()).isEqualTo(200);

        session.setMaxInactiveInterval(1);
        Thread.sleep(2_100);
        manager.backgroundProcess();

        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
    }
}
