package org.haven.placement;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.haven.family.FamilyPlacements;
import org.haven.host.OfferReservations;
import org.haven.matching.ProposalDecisions;
import org.haven.placement.PlacementDtos.HostPlacementResponse;
import org.haven.placement.PlacementEvents.Action;
import org.haven.placement.PlacementEvents.PlacementChanged;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A host's side: the families proposed to them (minimal summary) and their answer. Another host's placement is 404. */
@Service
class HostPlacementService {

    private final PlacementRepository placements;
    private final ProposalDecisions proposals;
    private final OfferReservations offers;
    private final FamilyPlacements families;
    private final PlacementViews views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HostPlacementService(PlacementRepository placements, ProposalDecisions proposals, OfferReservations offers,
            FamilyPlacements families, PlacementViews views, ApplicationEventPublisher events, Clock clock) {
        this.placements = placements;
        this.proposals = proposals;
        this.offers = offers;
        this.families = families;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<HostPlacementResponse> own(UUID hostId) {
        return placements.findByHostIdOrderByApprovedAtDesc(hostId).stream().map(views::forHost).toList();
    }

    @Transactional
    public HostPlacementResponse accept(UUID placementId, UUID hostId) {
        Placement placement = awaiting(placementId, hostId);
        placement.accepted(clock.instant());
        notifyCaseworker(placement, hostId, Action.HOST_ACCEPTED);
        return views.forHost(placement);
    }

    /** The offer is free again, the family waits again, and this pair is never proposed again. */
    @Transactional
    public HostPlacementResponse decline(UUID placementId, String reason, UUID hostId) {
        Placement placement = awaiting(placementId, hostId);
        placement.declined(reason.strip(), clock.instant());
        release(placement, "Declined by the host: " + reason.strip(), hostId);
        notifyCaseworker(placement, hostId, Action.HOST_DECLINED);
        return views.forHost(placement);
    }

    /** What a decline and a lapsed offer share: the offer, the family and the pair go back. */
    void release(Placement placement, String reason, UUID actorId) {
        offers.release(placement.getOfferId());
        families.backToReady(placement.getFamilyId(), actorId);
        proposals.declinedByHost(placement.getProposalId(), reason, actorId);
        placements.flush();
    }

    private Placement awaiting(UUID placementId, UUID hostId) {
        Placement placement = placements.findById(placementId).filter(found -> found.getHostId().equals(hostId))
                .orElseThrow(() -> ProblemException.notFound("This placement"));
        if (placement.getStatus() != PlacementStatus.AWAITING_HOST) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "You have already answered, or the offer has lapsed (it is " + placement.getStatus() + ").");
        }
        return placement;
    }

    private void notifyCaseworker(Placement placement, UUID hostId, Action action) {
        events.publishEvent(new PlacementChanged(placement.getId(), hostId, action, placement.getFamilyReference(),
                placement.getOfferTitle(), null, placement.getApprovedBy()));
    }
}
