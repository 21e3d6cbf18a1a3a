package org.haven.host;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.host.HostEvents.VettingChanged;
import org.haven.shared.AuditActions;
import org.haven.shared.AuditSubjectNames;
import org.springframework.stereotype.Component;

/**
 * The audit actions of {@link HostEvents}, and an offer's name in the log: its title. (A host is
 * named by its account's email, which the log already shows.) Vetting actions are every pair of
 * statuses, as {@link VettingChanged} writes them: the same status twice is a change of the checks.
 */
@Component
class HostAuditActions implements AuditActions, AuditSubjectNames {

    private final OfferRepository offers;

    HostAuditActions(OfferRepository offers) {
        this.offers = offers;
    }

    @Override
    public Set<String> auditActions() {
        Set<String> actions = new HashSet<>(Set.of("HOUSEHOLD_CHANGED", "OFFER_WITHDRAWN", "HOST_RECORD_VIEWED"));
        actions.addAll(AuditActions.perConstant(OfferStatus.class, status -> "OFFER_SAVED_" + status.name()));
        for (VettingStatus from : VettingStatus.values()) {
            actions.addAll(AuditActions.perConstant(VettingStatus.class,
                    to -> new VettingChanged(null, null, from, to).action()));
        }
        return actions;
    }

    @Override
    public String subjectType() {
        return HostEvents.OFFER;
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return AuditSubjectNames.byId(offers.findTitles(ids));
    }
}
