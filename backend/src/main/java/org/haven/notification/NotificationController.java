package org.haven.notification;

import java.util.UUID;

import org.haven.account.AccountPrincipal;
import org.haven.notification.NotificationService.Inbox;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user's own notifications; another user's answer 404. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    Inbox inbox(@AuthenticationPrincipal AccountPrincipal user) {
        return notifications.inbox(user.id());
    }

    @PostMapping("/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void markRead(@AuthenticationPrincipal AccountPrincipal user, @PathVariable UUID id) {
        notifications.markRead(user.id(), id);
    }
}
