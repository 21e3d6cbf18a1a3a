package org.haven.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Answers a successful sign-in with 204; the SPA then asks {@code /api/auth/me} who signed in.
 * The attempt goes back to the address's sign-in limit: people who share an address (an office,
 * a shelter) and sign in correctly do not use it up for each other.
 */
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginSuccessHandler.class);

    private final Clock clock;
    private final RateLimits limits;

    LoginSuccessHandler(Clock clock, RateLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        request.getSession().setAttribute(SessionLifetimeFilter.SIGNED_IN_AT, clock.instant());
        response.setStatus(HttpStatus.NO_CONTENT.value());
        try {
            limits.giveBack(RateLimit.SIGN_IN, request.getRemoteAddr());
        } catch (RuntimeException notGivenBack) {
            // The sign-in stands; the address just keeps one attempt fewer for a while.
            log.warn("A successful sign-in's attempt could not be given back: {}", notGivenBack.toString());
        }
    }
}
