package org.haven.placement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.family.FamilyOverview;
import org.haven.matching.ProposalDecisions;
import org.haven.placement.OverviewDtos.CheckInDue;
import org.haven.placement.OverviewDtos.Dashboard;
import org.haven.placement.OverviewDtos.HostAnswerDue;
import org.haven.placement.OverviewDtos.UrgencyCount;
import org.haven.placement.OverviewDtos.WaitingFamily;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker's dashboard: what waits for whom, read in one transaction. Families show
 * by reference, urgency and size only, and places only as approximate areas.
 */
@Service
class CaseworkerOverview {

    static final int LONGEST_WAITING = 10;
    static final int CHECK_IN_HORIZON_DAYS = 7;

    private final FamilyOverview familyOverview;
    private final ProposalDecisions proposals;
    private final PlacementRepository placements;
    private final PlacementViews views;
    private final PlacementSchedule schedule;
    private final Clock clock;

    CaseworkerOverview(FamilyOverview familyOverview, ProposalDecisions proposals, PlacementRepository placements, PlacementViews views,
            PlacementSchedule schedule, Clock clock) {
        this.familyOverview = familyOverview;
        this.proposals = proposals;
        this.placements = placements;
        this.views = views;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard() {
        // Counted by the database: thousands of families may wait, and the page shows ten of them.
        List<UrgencyCount> byUrgency = familyOverview.waitingByUrgency().stream()
                .map(level -> new UrgencyCount(level.urgency(), (int) level.families(), daysSince(level.longestReadyAt())))
                .toList();
        List<WaitingFamily> longestWaiting = familyOverview.longestWaiting(LONGEST_WAITING).stream()
                .map(this::waiting).toList();

        // Counted by the database, and only the placements listed below are loaded: ended ones pile up.
        Map<PlacementStatus, Integer> byStatus = new EnumMap<>(PlacementStatus.class);
        for (PlacementStatus status : PlacementStatus.values()) {
            byStatus.put(status, 0);
        }
        placements.countByStatus().forEach(count -> byStatus.put(count.getStatus(), (int) count.getCount()));
        List<Placement> listed = placements.findByStatusInOrderByApprovedAtDesc(
                List.of(PlacementStatus.AWAITING_HOST, PlacementStatus.MOVED_IN));
        List<HostAnswerDue> awaitingHost = listed.stream()
                .filter(placement -> placement.getStatus() == PlacementStatus.AWAITING_HOST)
                .map(placement -> new HostAnswerDue(placement.getId(), placement.getFamilyReference(),
                        placement.getOfferTitle(), placement.getApprovedAt(), schedule.answerDueAt(placement),
                        placement.getRemindedAt() != null))
                .sorted(Comparator.comparing(HostAnswerDue::answerDueAt)).toList();
        List<Placement> movedIn = listed.stream()
                .filter(placement -> placement.getStatus() == PlacementStatus.MOVED_IN).toList();
        Map<UUID, List<CheckIn>> checkInsOf = views.checkInsOf(movedIn);
        LocalDate horizon = LocalDate.now(clock).plusDays(CHECK_IN_HORIZON_DAYS);
        List<CheckInDue> checkInsDue = movedIn.stream()
                .map(placement -> {
                    List<CheckIn> done = checkInsOf.get(placement.getId());
                    return new CheckInDue(placement.getId(), placement.getFamilyReference(), placement.getOfferTitle(),
                            schedule.nextCheckInDue(placement, done), schedule.checkInOverdue(placement, done));
                })
                .filter(due -> !due.dueOn().isAfter(horizon))
                .sorted(Comparator.comparing(CheckInDue::dueOn)).toList();
        return new Dashboard(byUrgency, longestWaiting,
                (int) proposals.countUndecided(), awaitingHost, checkInsDue, byStatus);
    }

    private WaitingFamily waiting(FamilyOverview.Summary family) {
        return new WaitingFamily(family.id(), family.reference(), family.urgency(), (int) family.size(),
                daysSince(family.readyAt()));
    }

    /** Whole days waited since READY; 0 when that moment is unknown. */
    private int daysSince(Instant readyAt) {
        return readyAt == null ? 0 : (int) Duration.between(readyAt, clock.instant()).toDays();
    }
}
