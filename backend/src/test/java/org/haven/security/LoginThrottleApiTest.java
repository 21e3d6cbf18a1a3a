package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.haven.account.AccountService;
import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Its own context: the throttle counts every failure from this machine's address. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:haven-throttle;DB_CLOSE_DELAY=-1",
        "haven.security.login-throttle.max-failures=3",
        "haven.security.login-throttle.window=10m"
})
class LoginThrottleApiTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void aClientThatKeepsFailingIsThrottledEvenForAnotherAccount() {
        accounts.createInitial("victim@haven.test", "Victim", "victim's long password", Role.HOST, false);
        ApiClient guesser = new ApiClient(port);
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.login("guess" + i + "@haven.test", "some guessed password").status()).isEqualTo(401);
        }

        Response throttled = new ApiClient(port).login("victim@haven.test", "victim's long password");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.problemType()).isEqualTo("too-many-requests");
        assertThat(throttled.headers().firstValue("Retry-After")).contains("600");
    }
}
