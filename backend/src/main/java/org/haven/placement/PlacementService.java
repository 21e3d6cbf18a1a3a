package org.haven.placement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.family.FamilyPlacements;
import org.haven.host.OfferReservations;
import org.haven.host.OfferReservations.PlacedOffer;
import org.haven.matching.ProposalDecisions;
import org.haven.matching.ProposalDecisions.BrokenRule;
import org.haven.matching.ProposalDecisions.ProposalToDecide;
import org.haven.matching.ProposalStatus;
import org.haven.placement.PlacementDtos.CheckInRequest;
import org.haven.placement.PlacementDtos.EndRequest;
import org.haven.placement.PlacementDtos.PlacementResponse;
import org.haven.placement.PlacementEvents.Action;
import org.haven.placement.PlacementEvents.PlacementChanged;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caseworker's side of placements: approve or reject a proposal, then confirm, move in, check in
 * and end. Each step is one transaction that moves the placement, the offer and the case together,
 * and is audited and notified.
 */
@Service
class PlacementService {

    private final PlacementRepository placements;
    private final CheckInRepository checkIns;
    private final ProposalDecisions proposals;
    private final OfferReservations offers;
    private final FamilyPlacements families;
    private final PlacementViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlacementService(PlacementRepository placements, CheckInRepository checkIns, ProposalDecisions proposals,
            OfferReservations offers, FamilyPlacements families, PlacementViews views,
            ApplicationEventPublisher events, Clock clock) {
        this.placements = placements;
        this.checkIns = checkIns;
        this.proposals = proposals;
        this.offers = offers;
        this.families = families;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Approves a proposal after checking the pair again with today's data: a pair breaking a rule
     * other than H10–H12 is refused; one breaking H10–H12 needs a written override reason. Two
     * approvals for one offer (or one family) at the same moment: the offer's and the case's
     * versions and the placement's unique live offer and family let exactly one commit.
     */
    @Transactional
    public PlacementResponse approve(UUID proposalId, String overrideReason, UUID actorId) {
        ProposalToDecide proposal = proposals.find(proposalId);
        if (proposal.status() != ProposalStatus.PROPOSED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This proposal has already been decided or replaced (it is " + proposal.status() + ").");
        }
        List<BrokenRule> broken = proposals.brokenRules(proposal.familyId(), proposal.offerId());
        List<BrokenRule> notOverridable = broken.stream()
                .filter(rule -> !ProposalDecisions.OVERRIDABLE_RULES.contains(rule.rule())).toList();
        if (!notOverridable.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "This pair now breaks " + describe(notOverridable)
                    + ". It cannot be approved.").with("brokenRules", notOverridable);
        }
        String reason = overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip();
        if (!broken.isEmpty() && reason == null) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "This pair breaks " + describe(broken)
                    + ". Approve it only with a written reason.",
                    List.of(new FieldError("overrideReason", "override-required",
                            "Write why this home is right for this family although it breaks " + describe(broken) + ".")))
                    .with("brokenRules", broken);
        }
        proposals.approve(proposalId, actorId);
        PlacedOffer offer = offers.reserve(proposal.offerId());
        Instant readySince = families.matched(proposal.familyId(), actorId);
        Placement placement = new Placement(proposalId, proposal.familyId(), proposal.offerId(), offer.hostId(),
                proposal.familyReference(), offer.title(), offer.place(), actorId, readySince,
                broken.isEmpty() ? null : String.join(",", broken.stream().map(BrokenRule::rule).toList()),
                broken.isEmpty() ? null : reason, clock.instant());
        try {
            placements.saveAndFlush(placement);
        } catch (DataIntegrityViolationException alreadyPlaced) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This offer or this family was placed by someone else a moment ago. Reload and check.");
        }
        publish(placement, actorId, broken.isEmpty() ? Action.APPROVED : Action.APPROVED_WITH_OVERRIDE, true, false);
        return views.full(placement);
    }

    /** The pair is never proposed again. */
    @Transactional
    public void reject(UUID proposalId, String reason, UUID actorId) {
        proposals.reject(proposalId, reason.strip(), actorId);
    }

    /** The family has agreed to the home the host accepted. */
    @Transactional
    public PlacementResponse confirm(UUID placementId, UUID actorId) {
        Placement placement = in(placementId, PlacementStatus.HOST_ACCEPTED, "confirmed");
        placement.confirmed(clock.instant());
        publish(placement, actorId, Action.CONFIRMED, true, false);
        return views.full(placement);
    }

    @Transactional
    public PlacementResponse moveIn(UUID placementId, LocalDate date, UUID actorId) {
        Placement placement = in(placementId, PlacementStatus.CONFIRMED, "moved into");
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "date-not-past", "Record the move-in once it has happened.");
        }
        placement.movedIn(date, clock.instant());
        offers.occupy(placement.getOfferId());
        families.placed(placement.getFamilyId(), actorId);
        publish(placement, actorId, Action.MOVED_IN, true, false);
        return views.full(placement);
    }

    @Transactional
    public PlacementResponse checkIn(UUID placementId, CheckInRequest request, UUID actorId) {
        Placement placement = in(placementId, PlacementStatus.MOVED_IN, "checked in on");
        if (request.date().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "date-not-past", "A check-in cannot be in the future.");
        }
        if (request.date().isBefore(placement.getMoveInDate())) {
            throw ProblemException.invalidField("date", "date-before-start", "A check-in cannot be before the move-in.");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        checkIns.save(new CheckIn(placementId, request.date(), request.wellbeing(), note, actorId, clock.instant()));
        publish(placement, actorId, Action.CHECK_IN_RECORDED, false, false);
        return views.full(placement);
    }

    /**
     * Ends a live placement: the offer is free again and the family goes to REMATCH or its case
     * closes. A SAFEGUARDING end also pauses the host until a caseworker reviews them.
     */
    @Transactional
    public PlacementResponse end(UUID placementId, EndRequest request, UUID actorId) {
        Placement placement = existing(placementId);
        if (!placement.getStatus().isLive()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This placement has already ended (it is " + placement.getStatus() + ").");
        }
        if (request.date().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "date-not-past", "Record the end once it has happened.");
        }
        if (placement.getMoveInDate() != null && request.date().isBefore(placement.getMoveInDate())) {
            throw ProblemException.invalidField("date", "date-before-start", "A placement cannot end before the move-in.");
        }
        boolean rematch = request.rematch() == null || request.rematch();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        placement.ended(request.date(), request.reason(), note, rematch, clock.instant());
        offers.release(placement.getOfferId());
        families.placementEnded(placement.getFamilyId(), rematch, actorId);
        if (request.reason() == EndReason.SAFEGUARDING) {
            offers.pauseAfterSafeguarding(placement.getHostId(), actorId);
        }
        placements.flush();
        publish(placement, actorId, Action.ENDED, true, false);
        return views.full(placement);
    }

    private Placement in(UUID placementId, PlacementStatus expected, String verb) {
        Placement placement = existing(placementId);
        if (placement.getStatus() != expected) {
            throw new ProblemException(ProblemType.CONFLICT, "A placement that is " + placement.getStatus()
                    + " cannot be " + verb + "; it must be " + expected + ".");
        }
        return placement;
    }

    private Placement existing(UUID placementId) {
        return placements.findById(placementId).orElseThrow(() -> ProblemException.notFound("This placement"));
    }

    private void publish(Placement placement, UUID actorId, Action action, boolean tellHost, boolean tellCaseworker) {
        events.publishEvent(new PlacementChanged(placement.getId(), actorId, action, placement.getFamilyReference(),
                placement.getOfferTitle(), tellHost ? placement.getHostId() : null,
                tellCaseworker ? placement.getApprovedBy() : null));
    }

    private static String describe(List<BrokenRule> rules) {
        return String.join("; ", rules.stream().map(rule -> rule.rule() + " (" + rule.text() + ")").toList());
    }
}
