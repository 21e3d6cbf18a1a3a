package org.haven.notification;

import java.util.Map;

import org.haven.placement.PlacementEvents.Action;
import org.haven.placement.PlacementEvents.PlacementChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells hosts and caseworkers about placement changes they must act on. A host's notification
 * names their offer; a caseworker's names the case reference. Check-ins concern nobody else.
 */
@Component
class PlacementNotifications {

    private static final Map<Action, NotificationKind> KINDS = Map.of(
            Action.APPROVED, NotificationKind.PLACEMENT_OFFERED,
            Action.APPROVED_WITH_OVERRIDE, NotificationKind.PLACEMENT_OFFERED,
            Action.HOST_REMINDED, NotificationKind.PLACEMENT_REMINDER,
            Action.HOST_ACCEPTED, NotificationKind.PLACEMENT_ACCEPTED,
            Action.HOST_DECLINED, NotificationKind.PLACEMENT_DECLINED,
            Action.EXPIRED, NotificationKind.PLACEMENT_EXPIRED,
            Action.CONFIRMED, NotificationKind.PLACEMENT_CONFIRMED,
            Action.MOVED_IN, NotificationKind.PLACEMENT_MOVED_IN,
            Action.ENDED, NotificationKind.PLACEMENT_ENDED);

    private final NotificationService notifications;

    PlacementNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(PlacementChanged event) {
        NotificationKind kind = KINDS.get(event.change());
        if (kind == null) {
            return;
        }
        if (event.notifyHost() != null) {
            notifications.notify(event.notifyHost(), kind, event.placementId(), event.offerTitle());
        }
        if (event.notifyCaseworker() != null) {
            notifications.notify(event.notifyCaseworker(), kind, event.placementId(), event.familyReference());
        }
    }
}
