package org.haven.host;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a host's vetting status changes: in the same transaction, each of the host's offers
 * recomputes whether matching may use it ({@link Offer#matchable}: AVAILABLE and host APPROVED), so
 * the stored flag never disagrees with the host's status. A host has a handful of offers.
 */
@Component
class VettingMoves {

    private final OfferRepository offers;

    VettingMoves(OfferRepository offers) {
        this.offers = offers;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void move(HostProfile profile, VettingStatus to, Instant now) {
        profile.moveTo(to, now);
        offers.findByHostIdIn(List.of(profile.getId())).forEach(offer -> offer.hostVettingIs(to));
    }
}
