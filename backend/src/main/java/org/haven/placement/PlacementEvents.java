package org.haven.placement;

import java.util.UUID;

import org.haven.shared.AuditableEvent;

/**
 * What happens to placements. Every one is audited; the notification module tells {@code notifyHost}
 * and {@code notifyCaseworker} (either may be null) what they must act on. Ids, the case reference
 * and the offer's title only: never personal data.
 */
public final class PlacementEvents {

    private PlacementEvents() {
    }

    public enum Action {
        APPROVED,
        APPROVED_WITH_OVERRIDE,
        HOST_REMINDED,
        HOST_ACCEPTED,
        HOST_DECLINED,
        EXPIRED,
        CONFIRMED,
        MOVED_IN,
        CHECK_IN_RECORDED,
        ENDED
    }

    public record PlacementChanged(UUID placementId, UUID actorId, Action change, String familyReference,
                                   String offerTitle, UUID notifyHost, UUID notifyCaseworker)
            implements AuditableEvent {

        @Override
        public String action() {
            return "PLACEMENT_" + change.name();
        }

        @Override
        public String subjectType() {
            return "PLACEMENT";
        }

        @Override
        public UUID subjectId() {
            return placementId;
        }
    }
}
