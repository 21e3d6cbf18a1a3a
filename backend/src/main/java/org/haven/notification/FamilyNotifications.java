package org.haven.notification;

import org.haven.family.FamilyEvents.IntakeSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the caseworker who sent an intake link that the family has answered. */
@Component
class FamilyNotifications {

    private final NotificationService notifications;

    FamilyNotifications(NotificationService notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(IntakeSubmitted event) {
        notifications.notify(event.caseworkerId(), NotificationKind.FAMILY_INTAKE_SUBMITTED, event.familyId(),
                event.reference());
    }
}
