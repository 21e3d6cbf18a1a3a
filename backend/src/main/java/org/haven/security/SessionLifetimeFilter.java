package org.haven.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Ends a session that has outlived the absolute timeout since sign-in (ASVS 3.3.2). */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = SessionLifetimeFilter.class.getName() + ".signedInAt";

    private final SessionProperties properties;
    private final ProblemWriter problems;
    private final Clock clock;

    SessionLifetimeFilter(SessionProperties properties, ProblemWriter problems, Clock clock) {
        this.properties = properties;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && clock.instant().isAfter(signedInAt.plus(properties.absoluteTimeout()))) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            problems.write(request, response, ProblemType.UNAUTHENTICATED,
                    "Your session has ended. Please sign in again.");
            return;
        }
        chain.doFilter(request, response);
    }
}
