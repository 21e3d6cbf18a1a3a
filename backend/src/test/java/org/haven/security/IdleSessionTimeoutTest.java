package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.Session;

/**
 * The idle timeout: every session is created with 30 minutes of allowed inactivity, and a session
 * idle for longer is refused. Waiting 30 minutes is not a test, so the stored session's own
 * interval is shortened to one second; the configured value is checked on a fresh session.
 */
@HttpTest
class IdleSessionTimeoutTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    @SuppressWarnings({ "rawtypes", "unchecked" }) // the repository's session class is not public
    void aSessionIdleLongerThanItsIntervalIsGoneAndTheIntervalIsThirtyMinutes() throws Exception {
        ApiClient client = testAccounts.signedIn(Role.CASEWORKER);
        org.springframework.session.SessionRepository repository = sessions;
        Session session = sessions.findById(sessionId(client));

        assertThat(session.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(client.get("/api/auth/me").status()).isEqualTo(200);

        session = sessions.findById(sessionId(client));
        session.setMaxInactiveInterval(Duration.ofSeconds(1));
        repository.save(session);
        Thread.sleep(2_100);

        assertThat(client.get("/api/auth/me").status()).isEqualTo(401);
        sessions.cleanUpExpiredSessions();
        assertThat(sessions.findById(sessionId(client))).as("the expired session's row is gone").isNull();
    }

    /** The session cookie holds the session id in base64 (Spring Session's cookie serializer). */
    static String sessionId(ApiClient client) {
        return new String(Base64.getDecoder().decode(client.cookie("HAVEN_SESSION").orElseThrow()),
                StandardCharsets.UTF_8);
    }
}
