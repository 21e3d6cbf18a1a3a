package org.haven.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.haven.account.Role;
import org.haven.placement.PlacementFixtures;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application's log while a family's case goes from creation through matching to a placement
 * and its end, with failures on the way: none of the case's personal data reaches the log.
 */
@HttpTest
@ExtendWith(OutputCaptureExtension.class)
class LogCanaryTest {

    private static final String[] CANARIES = {"CANARY-NOTE", "Nadia", "Hazara", "+44 7700 900123",
            "nadia@example.org", "Peckham", "Canary Lane", "LOG-CANARY-REASON"};

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    LoggingSystem loggingSystem;

    /**
     * Production logs at INFO; the tests' log (logback-test.xml) only from WARN. The check runs at
     * the production level, or an INFO line with a name in it would slip through.
     */
    @Test
    void personalDataNeverReachesTheLog(CapturedOutput output) {
        LogLevel testLevel = loggingSystem.getLoggerConfiguration(LoggingSystem.ROOT_LOGGER_NAME).getConfiguredLevel();
        loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.INFO);
        try {
            runACaseThroughWithFailures();
        } finally {
            loggingSystem.setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, testLevel);
        }

        assertThat(output.getAll()).as("the log was captured").contains("Log capture check");
        assertThat(output.getAll()).doesNotContain(CANARIES);
    }

    private void runACaseThroughWithFailures() {
        // Through the app's logging set-up: proves the log is captured (emails go to a recorder in
        // tests, so nothing of the app is sure to log during the flow), or the check below is empty.
        LoggerFactory.getLogger(LogCanaryTest.class).info("Log capture check");
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = PlacementFixtures.approvedHostWithOffer(port, caseworker, Map.of());
        String family = PlacementFixtures.readyFamily(caseworker);
        caseworker.get("/api/families/" + family);
        caseworker.get("/api/families/" + family + "/export");
        caseworker.postJson("/api/families", Map.of("notes", "CANARY-NOTE bad request", "urgency", "NOPE"));
        String placement = caseworker.postJson("/api/matching/proposals/"
                + PlacementFixtures.proposeByHand(caseworker, family, host.offerId()) + "/approve", Map.of())
                .json().path("id").asText();
        host.host().get("/api/host/placements");
        host.host().postJson("/api/host/placements/" + placement + "/decline", Map.of("reason", "LOG-CANARY-REASON"));
        caseworker.postJson("/api/placements/" + placement + "/end",
                Map.of("date", LocalDate.now().toString(), "reason", "PLANNED", "note", "LOG-CANARY-REASON"));
    }
}
