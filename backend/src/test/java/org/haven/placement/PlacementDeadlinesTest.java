package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.placement.PlacementFixtures.approvedHostWithOffer;
import static org.haven.placement.PlacementFixtures.proposeByHand;
import static org.haven.placement.PlacementFixtures.readyFamily;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.haven.account.Role;
import org.haven.placement.PlacementDeadlines.Result;
import org.haven.placement.PlacementFixtures.HostWithOffer;
import org.haven.testing.ApiClient;
import org.haven.testing.HttpTest;
import org.haven.testing.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder and expiry job with a clock moved forward: the placements are made now through the
 * API, and the job runs as if 3 and then 8 days had passed. Running it twice changes nothing more.
 */
@HttpTest
class PlacementDeadlinesTest {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlacementRepository placements;

    @Autowired
    HostPlacementService hostPlacements;

    @Autowired
    PlacementProperties properties;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    private Result runAfter(Duration elapsed) {
        PlacementDeadlines job = new PlacementDeadlines(placements, hostPlacements, properties, events,
                Clock.offset(clock, elapsed), transaction);
        return job.runInTransaction(); // as the scheduler runs it
    }

    private String placementStatus(String placementId) {
        return jdbc.queryForObject("select status from placement where id = ?", String.class, UUID.fromString(placementId));
    }

    private long notificationsOf(String kind, String placementId) {
        return jdbc.queryForObject("select count(*) from notification where kind = ? and subject_id = ?", Long.class,
                kind, UUID.fromString(placementId));
    }

    @Test
    void anUnansweredOfferIsRemindedOnceThenLapsesOnceAndEverythingGoesBack() {
        assertThat(properties.remindAfter()).isEqualTo(Duration.ofHours(48));
        assertThat(properties.expireAfter()).isEqualTo(Duration.ofDays(7));
        ApiClient caseworker = testAccounts.signedIn(Role.CASEWORKER);
        HostWithOffer host = approvedHostWithOffer(port, caseworker, Map.of());
        String familyId = readyFamily(caseworker);
        String placementId = caseworker.postJson("/api/matching/proposals/"
                + proposeByHand(caseworker, familyId, host.offerId()) + "/approve", Map.of()).json().path("id").asText();

        runAfter(Duration.ofHours(47));
        assertThat(notificationsOf("PLACEMENT_REMINDER", placementId)).as("not yet 48 hours").isZero();

        runAfter(Duration.ofDays(3));
        runAfter(Duration.ofDays(4));
        assertThat(notificationsOf("PLACEMENT_REMINDER", placementId)).as("reminded once").isEqualTo(1);
        assertThat(placementStatus(placementId)).isEqualTo("AWAITING_HOST");

        Result expiry = runAfter(Duration.ofDays(8));
        Result again = runAfter(Duration.ofDays(9));

        assertThat(expiry.expired()).isPositive();
        assertThat(placementStatus(placementId)).isEqualTo("EXPIRED");
        assertThat(notificationsOf("PLACEMENT_EXPIRED", placementId)).as("host and caseworker, once").isEqualTo(2);
        assertThat(again.expired()).isZero();
        assertThat(jdbc.queryForObject("select status from offer where id = ?", String.class,
                UUID.fromString(host.offerId()))).isEqualTo("AVAILABLE");
        assertThat(caseworker.get("/api/families/" + familyId).json().path("status").asText()).isEqualTo("READY");
        assertThat(host.host().postJson("/api/host/placements/" + placementId + "/accept", Map.of()).status())
                .as("too late to accept").isEqualTo(409);
    }
}
