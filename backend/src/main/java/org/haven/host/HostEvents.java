package org.haven.host;

import java.util.UUID;

/** What happens to hosts and offers, for the audit log. Ids only, never personal data. */
public final class HostEvents {

    private HostEvents() {
    }

    public record HouseholdChanged(UUID hostId) {
    }

    public record OfferSaved(UUID offerId, UUID hostId, OfferStatus status) {
    }

    public record OfferWithdrawn(UUID offerId, UUID hostId) {
    }

    /** A caseworker or admin read a host's record, offer addresses included. */
    public record HostRecordViewed(UUID hostId, UUID viewerId) {
    }

    public record VettingChanged(UUID hostId, UUID actorId, VettingStatus from, VettingStatus to) {
    }
}
