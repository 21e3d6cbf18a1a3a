package org.haven.host;

import java.util.UUID;

import org.haven.shared.AuditableEvent;

/** What happens to hosts and offers; every one of them is audited. Ids only, never personal data. */
public final class HostEvents {

    static final String HOST = "HOST";
    static final String OFFER = "OFFER";

    private HostEvents() {
    }

    /** {@code actorId} is the host, or the caseworker who imported the host's household. */
    public record HouseholdChanged(UUID hostId, UUID actorId) implements AuditableEvent {

        public HouseholdChanged(UUID hostId) {
            this(hostId, hostId);
        }

        @Override
        public String action() {
            return "HOUSEHOLD_CHANGED";
        }

        @Override
        public String subjectType() {
            return HOST;
        }

        @Override
        public UUID subjectId() {
            return hostId;
        }
    }

    /** {@code actorId} is the host, or the caseworker who imported the offer. */
    public record OfferSaved(UUID offerId, UUID hostId, OfferStatus status, UUID actorId) implements AuditableEvent {

        public OfferSaved(UUID offerId, UUID hostId, OfferStatus status) {
            this(offerId, hostId, status, hostId);
        }

        @Override
        public String action() {
            return "OFFER_SAVED_" + status.name();
        }

        @Override
        public String subjectType() {
            return OFFER;
        }

        @Override
        public UUID subjectId() {
            return offerId;
        }
    }

    public record OfferWithdrawn(UUID offerId, UUID hostId) implements AuditableEvent {

        @Override
        public UUID actorId() {
            return hostId;
        }

        @Override
        public String action() {
            return "OFFER_WITHDRAWN";
        }

        @Override
        public String subjectType() {
            return OFFER;
        }

        @Override
        public UUID subjectId() {
            return offerId;
        }
    }

    /** A caseworker or admin read a host's record, offer addresses included. */
    public record HostRecordViewed(UUID hostId, UUID viewerId) implements AuditableEvent {

        @Override
        public UUID actorId() {
            return viewerId;
        }

        @Override
        public String action() {
            return "HOST_RECORD_VIEWED";
        }

        @Override
        public String subjectType() {
            return HOST;
        }

        @Override
        public UUID subjectId() {
            return hostId;
        }
    }

    public record VettingChanged(UUID hostId, UUID actorId, VettingStatus from, VettingStatus to)
            implements AuditableEvent {

        @Override
        public String action() {
            return "VETTING_" + from.name() + "_TO_" + to.name();
        }

        @Override
        public String subjectType() {
            return HOST;
        }

        @Override
        public UUID subjectId() {
            return hostId;
        }
    }
}
