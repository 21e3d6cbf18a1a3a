package org.haven.notification;

import java.util.Map;
import java.util.UUID;

import org.haven.account.AccountDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.haven.setup.PublicUrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Emails a notification when SMTP is configured ({@code spring.mail.host}), else logs that one is
 * waiting. The email says only that something needs the reader in Haven: no names, no references,
 * nothing a shared inbox should not show. It is sent after the change commits, so nobody is told
 * of a change that was rolled back; a mail failure is logged and changes nothing.
 */
@Component
class NotificationMailer {

    private static final Logger log = LoggerFactory.getLogger(NotificationMailer.class);
    private static final Map<NotificationKind, String> SUBJECTS = Map.of(
            NotificationKind.FAMILY_INTAKE_SUBMITTED, "A family has sent their intake form",
            NotificationKind.PLACEMENT_OFFERED, "A family has been proposed for your home",
            NotificationKind.PLACEMENT_REMINDER, "Reminder: a family is waiting for your answer",
            NotificationKind.PLACEMENT_ACCEPTED, "A host has accepted a family",
            NotificationKind.PLACEMENT_DECLINED, "A host has declined a family",
            NotificationKind.PLACEMENT_EXPIRED, "An offer of a home has lapsed without an answer",
            NotificationKind.PLACEMENT_CONFIRMED, "The family has agreed to come",
            NotificationKind.PLACEMENT_MOVED_IN, "The family's move-in is recorded",
            NotificationKind.PLACEMENT_ENDED, "A placement has ended");

    private final ObjectProvider<JavaMailSender> mailSender;
    private final AccountDirectory accounts;
    private final PublicUrl publicUrl;
    private final String from;

    NotificationMailer(ObjectProvider<JavaMailSender> mailSender, AccountDirectory accounts,
            PublicUrl publicUrl, @Value("${haven.mail.from}") String from) {
        this.mailSender = mailSender;
        this.accounts = accounts;
        this.publicUrl = publicUrl;
        this.from = from;
    }

    void afterCommit(UUID recipientId, NotificationKind kind) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(recipientId, kind);
                }
            });
        } else {
            send(recipientId, kind);
        }
    }

    static String subject(NotificationKind kind) {
        return "Haven: " + SUBJECTS.getOrDefault(kind, "Something needs your attention");
    }

    private void send(UUID recipientId, NotificationKind kind) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Notification {} waiting for account {} (no SMTP server configured, no email sent)", kind,
                    recipientId);
            return;
        }
        accounts.find(recipientId).ifPresent(account -> {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(account.email());
            message.setSubject(subject(kind));
            message.setText("Hello " + account.displayName() + ",\n\n" + SUBJECTS.getOrDefault(kind, "Something needs your attention")
                    + ". Please sign in to Haven to see it" + signInLink() + "\n\nThis email holds no details on purpose.\n");
            try {
                sender.send(message);
            } catch (MailException e) {
                log.warn("Could not email notification {} to account {}: {}", kind, recipientId, e.getMessage());
            }
        });
    }

    /** An email is sent after the request, so only a configured public URL can go into it. */
    private String signInLink() {
        return publicUrl.configured().map(url -> ":\n" + url).orElse(".");
    }
}
