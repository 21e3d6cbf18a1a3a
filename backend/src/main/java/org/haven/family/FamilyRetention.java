package org.haven.family;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.haven.family.FamilyEvents.FamilyCaseEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Data minimisation: a case CLOSED for longer than {@code haven.retention.erase-closed-after} is
 * erased as a caseworker's erasure would (personal fields blanked, status, dates and audit trail
 * kept for statistics and accountability). Idempotent: an erased case is not touched again. With
 * several instances it runs on one at a time (ShedLock).
 */
@Component
class FamilyRetention {

    private static final Logger log = LoggerFactory.getLogger(FamilyRetention.class);

    private final FamilyCaseRepository families;
    private final IntakeLinkRepository intakeLinks;
    private final RetentionProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionOperations transactions;

    FamilyRetention(FamilyCaseRepository families, IntakeLinkRepository intakeLinks, RetentionProperties properties,
            ApplicationEventPublisher events, Clock clock, TransactionOperations transactions) {
        this.transactions = transactions;
        this.families = families;
        this.intakeLinks = intakeLinks;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${haven.retention.check-every}", fixedDelayString = "${haven.retention.check-every}")
    @SchedulerLock(name = "family-retention", lockAtMostFor = "PT1H")
    void onSchedule() {
        int erased = runInTransaction();
        if (erased > 0) {
            log.info("Retention: erased {} case(s) closed for longer than {}", erased, properties.eraseClosedAfter());
        }
    }

    /** What the scheduler runs: {@link #run} called on this object would bypass its {@code @Transactional}. */
    int runInTransaction() {
        return transactions.execute(status -> run());
    }

    @Transactional
    public int run() {
        Instant now = clock.instant();
        var due = families.findByStatusAndErasedAtIsNullAndUpdatedAtBefore(FamilyStatus.CLOSED,
                now.minus(properties.eraseClosedAfter()));
        for (FamilyCase family : due) {
            intakeLinks.findByFamilyId(family.getId()).forEach(link -> link.revoke(now));
            family.erase(now);
            events.publishEvent(new FamilyCaseEvent(family.getId(), null, "FAMILY_ERASED_BY_RETENTION"));
        }
        return due.size();
    }
}
