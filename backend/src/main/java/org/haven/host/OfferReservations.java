package org.haven.host;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.haven.host.HostEvents.VettingChanged;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What placements do to offers and hosts, inside the placement's transaction (MANDATORY): reserve
 * an AVAILABLE offer of an APPROVED host, occupy it at move-in, release it when the placement ends
 * or is declined. The offer's version makes two reservations of one offer at the same moment
 * collide: the second one's transaction fails with an optimistic-locking conflict. The placement's
 * own audit events record these moves.
 */
@Service
public class OfferReservations {

    /** What a placement shows of its offer; the address is not part of it. */
    public record PlacedOffer(UUID id, UUID hostId, String title, OfferType type, String place, OfferStatus status) {
    }

    private final OfferRepository offers;
    private final HostProfiles profiles;
    private final VettingEventRepository history;
    private final VettingMoves vetting;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferReservations(OfferRepository offers, HostProfiles profiles, VettingEventRepository history,
            VettingMoves vetting, ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.profiles = profiles;
        this.history = history;
        this.vetting = vetting;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PlacedOffer> find(UUID offerId) {
        return offers.findById(offerId).map(OfferReservations::placed);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PlacedOffer reserve(UUID offerId) {
        Offer offer = existing(offerId);
        if (!offer.isMatchable()) { // Offer.matchable: AVAILABLE and its host APPROVED; the message says which failed
            throw new ProblemException(ProblemType.CONFLICT, offer.getStatus() != OfferStatus.AVAILABLE
                    ? "This offer is no longer available (it is " + offer.getStatus() + ")."
                    : "This host is no longer approved.");
        }
        return move(offer, Set.of(OfferStatus.AVAILABLE), OfferStatus.RESERVED);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public PlacedOffer occupy(UUID offerId) {
        return move(existing(offerId), Set.of(OfferStatus.RESERVED), OfferStatus.OCCUPIED);
    }

    /** Back to AVAILABLE; an offer the host withdrew meanwhile stays withdrawn. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PlacedOffer release(UUID offerId) {
        Offer offer = existing(offerId);
        if (offer.getStatus() == OfferStatus.WITHDRAWN) {
            return placed(offer);
        }
        return move(offer, Set.of(OfferStatus.RESERVED, OfferStatus.OCCUPIED), OfferStatus.AVAILABLE);
    }

    /**
     * A placement ended for a safeguarding reason: the host is PAUSED at once, so none of their
     * offers enters matching again until a caseworker has reviewed them.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void pauseAfterSafeguarding(UUID hostId, UUID actorId) {
        HostProfile profile = profiles.existing(hostId);
        VettingStatus from = profile.getStatus();
        if (from == VettingStatus.APPROVED) {
            vetting.move(profile, VettingStatus.PAUSED, clock.instant());
            history.save(new VettingEvent(hostId, clock.instant(), actorId, from, VettingStatus.PAUSED,
                    "Paused automatically: a placement with this host ended for a safeguarding reason."));
            events.publishEvent(new VettingChanged(hostId, actorId, from, VettingStatus.PAUSED));
        }
    }

    private Offer existing(UUID offerId) {
        return offers.findById(offerId).orElseThrow(() -> ProblemException.notFound("This offer"));
    }

    private PlacedOffer move(Offer offer, Set<OfferStatus> from, OfferStatus to) {
        if (!from.contains(offer.getStatus())) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This offer is " + offer.getStatus() + " and cannot become " + to + ".");
        }
        // Only an offer becoming AVAILABLE again can become matchable, so only then must a vetting
        // change made meanwhile conflict with this move (see HostProfiles.vettingForOfferChange);
        // doing it for every move would make reservations of one host's different offers collide.
        VettingStatus hostStatus = to == OfferStatus.AVAILABLE ? profiles.vettingForOfferChange(offer.getHostId())
                : profiles.existing(offer.getHostId()).getStatus();
        offer.placementMovesTo(to, hostStatus, clock.instant());
        offers.flush(); // the version check happens here, inside the caller's try, not at commit
        return placed(offer);
    }

    private static PlacedOffer placed(Offer offer) {
        return new PlacedOffer(offer.getId(), offer.getHostId(), offer.getTitle(), offer.getType(),
                offer.getLocationLabel(), offer.getStatus());
    }
}
