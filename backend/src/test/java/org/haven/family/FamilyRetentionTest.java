package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.haven.account.Role;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The retention job with its clock moved past the retention period. */
@HttpTest
class FamilyRetentionTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FamilyCaseRepository families;

    @Autowired
    IntakeLinkRepository intakeLinks;

    @Autowired
    RetentionProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    private int runAfter(Duration elapsed) {
        FamilyRetention job = new FamilyRetention(families, intakeLinks, properties, events, Clock.offset(clock, elapsed),
                transaction);
        return job.runInTransaction(); // as the scheduler runs it
    }

    @Test
    void aCaseClosedLongerThanTheRetentionPeriodIsErasedOnceAndOthersAreKept() {
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        String closed = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        String open = caseworker.postJson("/api/families", FamilyApiFixtures.family()).json().path("id").asText();
        caseworker.postJson("/api/families/" + closed + "/status", Map.of("status", "CLOSED"));

        runAfter(properties.eraseClosedAfter().minusDays(1));
        assertThat(caseworker.get("/api/families/" + closed).json().path("notes").asText())
                .as("not yet due").contains("CANARY");

        runAfter(properties.eraseClosedAfter().plusDays(1));
        int again = runAfter(properties.eraseClosedAfter().plusDays(2));

        String erased = caseworker.get("/api/families/" + closed).json().toString();
        assertThat(erased).doesNotContain("CANARY", "Nadia", "Hazara", "+44 7700");
        assertThat(caseworker.get("/api/families/" + open).json().path("notes").asText()).contains("CANARY");
        assertThat(again).isZero();
        Integer audited = jdbc.queryForObject("select count(*) from audit_event where subject_id = ? and action = "
                + "'FAMILY_ERASED_BY_RETENTION'", Integer.class, UUID.fromString(closed));
        assertThat(audited).isEqualTo(1);
    }
}
