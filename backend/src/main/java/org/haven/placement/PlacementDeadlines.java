package org.haven.placement;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.haven.placement.PlacementEvents.Action;
import org.haven.placement.PlacementEvents.PlacementChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Hosts who do not answer: a reminder after {@code remindAfter}, and after {@code expireAfter} the
 * offer lapses as if declined (the offer is free, the family waits again, the pair is not proposed
 * again). Idempotent: a placement is reminded once and expires once, however often this runs. With
 * several instances it runs on one at a time (ShedLock), in one transaction committed before the
 * lock is let go, so the next run anywhere sees what this one did.
 */
@Component
class PlacementDeadlines {

    private static final Logger log = LoggerFactory.getLogger(PlacementDeadlines.class);

    private final PlacementRepository placements;
    private final HostPlacementService hostPlacements;
    private final PlacementProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionOperations transactions;

    PlacementDeadlines(PlacementRepository placements, HostPlacementService hostPlacements,
            PlacementProperties properties, ApplicationEventPublisher events, Clock clock,
            TransactionOperations transactions) {
        this.transactions = transactions;
        this.placements = placements;
        this.hostPlacements = hostPlacements;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${haven.placements.check-every}", fixedDelayString = "${haven.placements.check-every}")
    @SchedulerLock(name = "placement-deadlines", lockAtMostFor = "PT10M")
    void onSchedule() {
        Result result = runInTransaction();
        if (result.reminded() + result.expired() > 0) {
            log.info("Placement deadlines: {} host(s) reminded, {} offer(s) lapsed", result.reminded(),
                    result.expired());
        }
    }

    record Result(int reminded, int expired) {
    }

    /** What the scheduler runs: {@link #run} called on this object would bypass its {@code @Transactional}. */
    Result runInTransaction() {
        return transactions.execute(status -> run());
    }

    @Transactional
    public Result run() {
        Instant now = clock.instant();
        int expired = 0;
        int reminded = 0;
        for (Placement placement : placements.findByStatusAndApprovedAtBefore(PlacementStatus.AWAITING_HOST,
                now.minus(properties.remindAfter()))) {
            if (!placement.getApprovedAt().plus(properties.expireAfter()).isAfter(now)) {
                placement.expired(now);
                hostPlacements.release(placement, "The host did not answer in time", null);
                publish(placement, Action.EXPIRED);
                expired++;
            } else if (placement.getRemindedAt() == null) {
                placement.reminded(now);
                publish(placement, Action.HOST_REMINDED);
                reminded++;
            }
        }
        return new Result(reminded, expired);
    }

    private void publish(Placement placement, Action action) {
        events.publishEvent(new PlacementChanged(placement.getId(), null, action, placement.getFamilyReference(),
                placement.getOfferTitle(), placement.getHostId(),
                action == Action.EXPIRED ? placement.getApprovedBy() : null));
    }
}
