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

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final String publicUrl;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), Mailer::daemonThread,
            (task, executor) -> log.warn("Email dropped: {} emails are already waiting for the SMTP server", QUEUE));

    Mailer(ObjectProvider<JavaMailSender> mailSender, @Value("${haven.mail.from}") String from,
            @Value("${haven.public-url}") String publicUrl) {
        this.mailSender = mailSender;
        this.from = from;
        this.publicUrl = stripTrailingSlash(publicUrl);
    }

    /** Haven's public address without a trailing slash; links in emails start with it. */
    public String publicUrl() {
        return publicUrl;
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
        Runnable send = () -> pool.execute(() -> send(to, language, template, values, what));
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
        Map<String, String> all = new java.util.HashMap<>(values);
        all.putIfAbsent("publicUrl", publicUrl);
        MailTemplates.Rendered rendered = MailTemplates.render(template, language, all);
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

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @PreDestroy
    void finishWaitingEmails() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
