package org.haven.security;

import java.util.UUID;

import org.haven.account.AccountEvents.AccountRoleChanged;
import org.haven.account.AccountEvents.AccountStatusChanged;
import org.haven.account.AccountEvents.PasswordChanged;
import org.haven.account.AccountEvents.PasswordReset;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends an account's sessions once a change to it is committed. Sessions live in the database,
 * indexed by account id ({@link SessionStoreConfiguration}): an ended session's row is deleted,
 * so its next request answers 401 on whichever instance it reaches.
 * <ul>
 * <li>Password changed: every other session ends — whoever knew the old password is signed out
 * everywhere else; the session that changed it stays.</li>
 * <li>Password reset through an emailed link: every session ends — the reason for a reset may be
 * that someone else knows the password.</li>
 * <li>Disabled by an admin: every session ends at once.</li>
 * <li>Role changed by an admin: every session ends, because a session keeps the authorities it
 * signed in with; the user signs in again with the new role.</li>
 * </ul>
 */
@Component
class SessionTermination {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTermination(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(PasswordChanged event) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        endSessions(event.accountId(), request == null ? null : request.getSessionId());
    }

    /** A password set through an emailed reset link: whoever was signed in, this browser too, signs in again. */
    @TransactionalEventListener
    void on(PasswordReset event) {
        endSessions(event.accountId(), null);
    }

    @TransactionalEventListener
    void on(AccountStatusChanged event) {
        if (event.disabled()) {
            endSessions(event.accountId(), null);
        }
    }

    @TransactionalEventListener
    void on(AccountRoleChanged event) {
        endSessions(event.accountId(), null);
    }

    private void endSessions(UUID accountId, String sessionToKeep) {
        for (String sessionId : sessions.findByPrincipalName(accountId.toString()).keySet()) {
            if (!sessionId.equals(sessionToKeep)) {
                sessions.deleteById(sessionId);
            }
        }
    }
}
