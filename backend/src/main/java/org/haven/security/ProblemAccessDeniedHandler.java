package org.haven.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 403 problem+json; a missing or stale CSRF token gets its own type so the SPA can refresh it. */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAccessDeniedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        if (exception instanceof CsrfException) {
            problems.write(request, response, ProblemType.CSRF_TOKEN_INVALID,
                    "The security token is missing or has expired. Fetch /api/auth/csrf and try again.");
        } else {
            problems.write(request, response, ProblemType.ACCESS_DENIED, "You are not allowed to do this.");
        }
    }
}
