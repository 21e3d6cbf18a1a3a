package org.haven.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/** Answers a successful sign-in with 204; the SPA then asks {@code /api/auth/me} who signed in. */
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    private final Clock clock;

    LoginSuccessHandler(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        request.getSession().setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, clock.instant());
        response.setStatus(HttpStatus.NO_CONTENT.value());
    }
}
