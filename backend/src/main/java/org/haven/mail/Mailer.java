package org.haven.mail;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.haven.setup.PublicUrl;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends an email from a template once the caller's transaction commits (nobody is emailed about
 * a change that was rolled back), on a small pool of its own: the request that caused it never
 * waits for the SMTP server, so whether an email was sent cannot be told from the answer's
 * timing. A failure is logged (never the address, never a link) and changes nothing. Without
 * {@code spring.mail.host} nothing is sent and the log says an email was not sent.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);
    /** Emails waiting for the SMTP server; past this many, new ones are dropped and logged. */
    private static final int QUEUE = 10_000;

    /** The link base worked out on a request's thread for work that finishes on another (see {@link #withLinkBase}). */
    private static final ThreadLocal<String> CAPTURED_BASE = new ThreadLocal<>();

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final PublicUrl publicUrls;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), Mailer::daemonThread,
            (task, executor) -> log.warn("Email dropped: {} emails are already waiting for the SMTP server", QUEUE));

    Mailer(ObjectProvider<JavaMailSender> mailSender, @Value("${haven.mail.from}") String from, PublicUrl publicUrls) {
        this.mailSender = mailSender;
        this.from = from;
        this.publicUrls = publicUrls;
    }

    /**
     * The address links in emails start with, without a trailing slash: {@code HAVEN_PUBLIC_URL}
     * when set; else the address of the request being answered, only when it is one of the
     * server's own names ({@link PublicUrl#forRequest}: a forged {@code Host} never ends up in a
     * link, so nobody can have Haven email a reset link to their own site); else the one captured
     * by {@link #withLinkBase}; else empty (a scheduled job with no public address set: admins
     * are warned on their home page to set it).
     */
    public String publicUrl() {
        return publicUrls.configured().orElseGet(() -> {
            String captured = CAPTURED_BASE.get();
            if (captured != null) {
                return captured;
            }
            return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                    ? publicUrls.forRequest(attributes.getRequest()) : "";
        });
    }

    /** Runs {@code work} (on any thread) with links starting at {@code base}, worked out earlier by {@link #publicUrl}. */
    public void withLinkBase(String base, Runnable work) {
        CAPTURED_BASE.set(base);
        try {
            work.run();
        } finally {
            CAPTURED_BASE.remove();
        }
    }

    /** A text of the email templates in {@code language}, or empty when there is none. */
    public java.util.Optional<String> text(String key, MailLanguage language) {
        try {
            return java.util.Optional.of(MailTemplates.text(key, language));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Emails {@code template} in {@code language} to {@code to} after the current transaction
     * commits (at once when there is none). {@code values} fill the template's placeholders;
     * {@code {publicUrl}} is always available. {@code what} names the email in the log, never
     * with personal data.
     */
    public void sendAfterCommit(String to, MailLanguage language, String template, Map<String, String> values,
            String what) {
        if (!MailTemplates.exists(template)) {
            throw new IllegalArgumentException("No email template " + template);
        }
        Map<String, String> withBase = new java.util.HashMap<>(values);
        withBase.putIfAbsent("publicUrl", publicUrl()); // now, on the caller's thread: the request may be gone later
        Runnable send = () -> pool.execute(() -> send(to, language, template, withBase, what));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(String to, MailLanguage language, String template, Map<String, String> values, String what) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Email {} not sent: no SMTP server is configured (spring.mail.host)", what);
            return;
        }
        MailTemplates.Rendered rendered = MailTemplates.render(template, language, values);
        try {
            sender.send(mime -> {
                MimeMessageHelper message = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
                message.setFrom(from);
                message.setTo(to);
                message.setSubject(rendered.subject());
                message.setText(rendered.body());
                mime.setHeader("Content-Language", language.tag());
                mime.setHeader("Auto-Submitted", "auto-generated");
            });
        } catch (MailException e) {
            log.warn("Email {} could not be sent: {}", what, rootMessage(e));
        }
    }

    private static Thread daemonThread(Runnable task) {
        Thread thread = new Thread(task, "mail");
        thread.setDaemon(true);
        return thread;
    }

    private static String rootMessage(Throwable e) {
        // Only the kind of failure: SMTP messages may quote the recipient's address.
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }


    @PreDestroy
    void finishWaitingEmails() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
