package org.haven.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.account.Role;
import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * 403 problem+json; a missing or stale CSRF token gets its own type so the SPA can refresh it.
 * Where the refused path holds records the caller may not know about, the answer is 404: nobody
 * but a caseworker learns that a family case exists, and a host learns nothing of other hosts.
 */
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
        } else if (isHiddenFromCaller(request.getServletPath())) {
            problems.write(request, response, ProblemType.NOT_FOUND, "There is nothing at this address.");
        } else {
            problems.write(request, response, ProblemType.ACCESS_DENIED, "You are not allowed to do this.");
        }
    }

    private static boolean isHiddenFromCaller(String path) {
        if (isUnder(path, "/api/families")) {
            return true;
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        boolean host = caller != null && caller.getAuthorities().stream()
                .anyMatch(authority -> Role.HOST.authority().equals(authority.getAuthority()));
        return host && isUnder(path, "/api/hosts");
    }

    private static boolean isUnder(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
