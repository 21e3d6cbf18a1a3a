package org.haven.audit;

import org.haven.host.HostEvents.HostRecordViewed;
import org.haven.host.HostEvents.HouseholdChanged;
import org.haven.host.HostEvents.OfferSaved;
import org.haven.host.HostEvents.OfferWithdrawn;
import org.haven.host.HostEvents.VettingChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audits hosts' changes, caseworkers' reads of host records (addresses included) and vetting decisions. */
@Component
class HostAuditListener {

    private static final String HOST = "HOST";
    private static final String OFFER = "OFFER";

    private final AuditLog audit;

    HostAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(HouseholdChanged event) {
        audit.record(event.hostId(), "HOUSEHOLD_CHANGED", HOST, event.hostId());
    }

    @EventListener
    void on(OfferSaved event) {
        audit.record(event.hostId(), "OFFER_SAVED_" + event.status().name(), OFFER, event.offerId());
    }

    @EventListener
    void on(OfferWithdrawn event) {
        audit.record(event.hostId(), "OFFER_WITHDRAWN", OFFER, event.offerId());
    }

    @EventListener
    void on(HostRecordViewed event) {
        audit.record(event.viewerId(), "HOST_RECORD_VIEWED", HOST, event.hostId());
    }

    @EventListener
    void on(VettingChanged event) {
        audit.record(event.actorId(), "VETTING_" + event.from().name() + "_TO_" + event.to().name(), HOST,
                event.hostId());
    }
}
