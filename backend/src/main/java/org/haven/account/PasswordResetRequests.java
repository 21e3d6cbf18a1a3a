package org.haven.account;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.haven.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes a reset request and handles it after the answer has gone: whether the address has an
 * account (a lookup, a count, a stored link, an audit entry) or not (one lookup) then cannot be
 * told from how long the answer took. Requests waiting here are lost if the instance stops; the
 * person asks again. Past {@link #QUEUE} waiting requests new ones are dropped and logged: the
 * per-address limit in front of this route keeps such floods away.
 */
@Component
class PasswordResetRequests {

    private static final Logger log = LoggerFactory.getLogger(PasswordResetRequests.class);
    private static final int QUEUE = 1_000;

    private final AccountRecovery recovery;
    private final Mailer mailer;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUE), PasswordResetRequests::daemonThread,
            (task, executor) -> log.warn("Password reset request dropped: {} are already waiting", QUEUE));

    PasswordResetRequests(AccountRecovery recovery, Mailer mailer) {
        this.recovery = recovery;
        this.mailer = mailer;
    }

    void submit(String email) {
        // The link's address is worked out now, while the request is there; the lookup runs later.
        String linkBase = mailer.publicUrl();
        pool.execute(() -> {
            try {
                mailer.withLinkBase(linkBase, () -> recovery.requestPasswordReset(email));
            } catch (RuntimeException e) {
                log.warn("A password reset request failed: {}", e.getClass().getSimpleName());
            }
        });
    }

    private static Thread daemonThread(Runnable task) {
        Thread thread = new Thread(task, "password-reset-requests");
        thread.setDaemon(true);
        return thread;
    }

    @PreDestroy
    void finishWaitingRequests() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
    }
}
