package org.haven.testing;

import java.time.Instant;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail server of HTTP tests that start no SMTP server: keeps every email the app sends in
 * memory, so a test can follow the link Haven emailed (a host's verification, an invitation) as
 * the person would. Tests with GreenMail set {@code spring.mail.host} and get Spring Mail's own
 * sender instead.
 */
@TestComponent
@ConditionalOnProperty(prefix = "spring.mail", name = "host", havingValue = "none", matchIfMissing = true)
public class RecordedMail extends JavaMailSenderImpl {

    private static final Queue<MimeMessage> SENT = new ConcurrentLinkedQueue<>();
    private static final Pattern LINK = Pattern.compile("/([a-z-]+)/([A-Za-z0-9_-]{43})");

    @Override
    protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
        for (MimeMessage message : messages) {
            SENT.add(message);
        }
    }

    /** The token of the newest link of this kind emailed to {@code email}, waiting up to 10 s for it. */
    public static String awaitToken(String email, String kind) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> token = SENT.stream().filter(message -> isTo(message, email))
                    .map(RecordedMail::body).map(LINK::matcher).filter(Matcher::find)
                    .filter(link -> link.group(1).equals(kind)).map(link -> link.group(2))
                    .reduce((first, second) -> second);
            if (token.isPresent()) {
                return token.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No " + kind + " link was emailed to " + email);
    }

    private static boolean isTo(MimeMessage message, String email) {
        try {
            for (Address to : message.getAllRecipients()) {
                if (to.toString().equalsIgnoreCase(email)) {
                    return true;
                }
            }
            return false;
        } catch (MessagingException e) {
            throw new MailSendException("Unreadable recipients", e);
        }
    }

    private static String body(MimeMessage message) {
        try {
            return message.getContent().toString();
        } catch (Exception e) {
            throw new MailSendException("Unreadable body", e);
        }
    }
}
