package org.haven.security;

import org.haven.account.AccountEvents.PasswordChanged;
import org.haven.account.AccountPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Ends an account's other sessions once its password change is committed: whoever knew the old
 * password is signed out everywhere else. The session registry finds sessions by account id.
 */
@Component
class SessionTermination {

    private final SessionRegistry sessions;

    SessionTermination(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(PasswordChanged event) {
        String current = RequestContextHolder.getRequestAttributes() == null
                ? null : RequestContextHolder.getRequestAttributes().getSessionId();
        AccountPrincipal account = new AccountPrincipal(event.accountId(), null, null, false);
        for (SessionInformation session : sessions.getAllSessions(account, false)) {
            if (!session.getSessionId().equals(current)) {
                session.expireNow();
            }
        }
    }
}
