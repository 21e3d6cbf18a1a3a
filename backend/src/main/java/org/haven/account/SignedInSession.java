package org.haven.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts a changed principal into the current session (a password changed, a second step of the
 * sign-in done) under a new session id, as after any change of privilege: an id someone learnt
 * before the change is worth nothing after it.
 */
@Component
class SignedInSession {

    private final SecurityContextRepository securityContexts;

    SignedInSession(SecurityContextRepository securityContexts) {
        this.securityContexts = securityContexts;
    }

    void replace(AccountPrincipal updated, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                updated.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, request, response);
    }
}
