package org.haven.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Deletes the rows of sessions idle for longer than their limit (such a session is refused anyway
 * when it is read; this only keeps the table small), on one instance at a time.
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(initialDelayString = "${haven.security.session.remove-expired-every}",
            fixedDelayString = "${haven.security.session.remove-expired-every}")
    @SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT10M")
    void removeExpired() {
        sessions.cleanUpExpiredSessions();
    }
}
