package org.haven.notification;

import java.util.Map;
import java.util.UUID;

import org.haven.account.AccountDirectory;
import org.haven.mail.MailLanguage;
import org.haven.mail.Mailer;
import org.springframework.stereotype.Component;

/**
 * Emails a notification in the recipient's language (see the mail module: after the change
 * commits, only when SMTP is configured). The email says only that something needs the reader
 * in Haven: no names, no references, nothing a shared inbox should not show.
 */
@Component
class NotificationMailer {

    private final Mailer mailer;
    private final AccountDirectory accounts;

    NotificationMailer(Mailer mailer, AccountDirectory accounts) {
        this.mailer = mailer;
        this.accounts = accounts;
    }

    void afterCommit(UUID recipientId, NotificationKind kind) {
        accounts.find(recipientId).ifPresent(account -> {
            MailLanguage language = MailLanguage.ofTag(account.language());
            String what = mailer.text("notification." + kind.name(), language)
                    .orElseGet(() -> mailer.text("notification.OTHER", language).orElseThrow());
            mailer.sendAfterCommit(account.email(), language, "notification",
                    Map.of("name", account.displayName(), "what", what), "notification " + kind);
        });
    }
}
