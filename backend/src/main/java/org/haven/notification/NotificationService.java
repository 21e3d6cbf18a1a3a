package org.haven.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.haven.shared.ProblemException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** In-app notifications; each user sees and marks only their own. */
@Service
class NotificationService {

    private static final int LATEST = 50;

    record NotificationView(UUID id, NotificationKind kind, UUID subjectId, String subjectReference,
            java.time.Instant createdAt, boolean read) {
    }

    record Inbox(long unreadCount, List<NotificationView> items) {
    }

    private final NotificationRepository notifications;
    private final NotificationMailer mailer;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationMailer mailer, Clock clock) {
        this.notifications = notifications;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Transactional
    void notify(UUID recipientId, NotificationKind kind, UUID subjectId, String subjectReference) {
        notifications.save(new Notification(recipientId, kind, subjectId, subjectReference, clock.instant()));
        mailer.afterCommit(recipientId, kind);
    }

    @Transactional(readOnly = true)
    Inbox inbox(UUID recipientId) {
        List<NotificationView> items = notifications
                .findByRecipientIdOrderByCreatedAtDesc(recipientId, PageRequest.of(0, LATEST)).stream()
                .map(n -> new NotificationView(n.getId(), n.getKind(), n.getSubjectId(), n.getSubjectReference(),
                        n.getCreatedAt(), n.getReadAt() != null))
                .toList();
        return new Inbox(notifications.countByRecipientIdAndReadAtIsNull(recipientId), items);
    }

    @Transactional
    void markRead(UUID recipientId, UUID notificationId) {
        notifications.findByIdAndRecipientId(notificationId, recipientId)
                .orElseThrow(() -> ProblemException.notFound("This notification"))
                .markRead(clock.instant());
    }
}
