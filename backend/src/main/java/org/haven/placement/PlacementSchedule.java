package org.haven.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.haven.placement.PlacementDtos.Override;
import org.springframework.stereotype.Component;

/**
 * The dates a placement is held to: when an unanswered offer lapses, and when the next check-in
 * is due (product.md: the first 7 days after move-in, then monthly after the last one).
 */
@Component
class PlacementSchedule {

    static final int FIRST_CHECK_IN_DAYS = 7;

    private final PlacementProperties properties;
    private final Clock clock;

    PlacementSchedule(PlacementProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    Instant answerDueAt(Placement placement) {
        return placement.getStatus() == PlacementStatus.AWAITING_HOST
                ? placement.getApprovedAt().plus(properties.expireAfter()) : null;
    }

    LocalDate nextCheckInDue(Placement placement, List<CheckIn> checkIns) {
        if (placement.getStatus() != PlacementStatus.MOVED_IN) {
            return null;
        }
        return checkIns.stream().map(CheckIn::getDate).max(Comparator.naturalOrder())
                .map(last -> last.plusMonths(1))
                .orElse(placement.getMoveInDate().plusDays(FIRST_CHECK_IN_DAYS));
    }

    boolean checkInOverdue(Placement placement, List<CheckIn> checkIns) {
        LocalDate due = nextCheckInDue(placement, checkIns);
        return due != null && LocalDate.now(clock).isAfter(due);
    }

    Override override(Placement placement) {
        return placement.getOverriddenRules() == null ? null
                : new Override(Arrays.asList(placement.getOverriddenRules().split(",")), placement.getOverrideReason());
    }
}
