package org.haven.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.account.AccountPrincipal;
import org.haven.account.SecondFactor;
import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps an account that must choose a new password (the first admin with a generated one-time
 * password) away from every API endpoint but the few it needs to do so. Accounts an admin creates
 * choose their password through an emailed invitation instead.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    private static final Set<String> ALLOWED = Set.of(
            "GET /api/auth/me", "GET /api/auth/csrf", "POST /api/auth/password", "POST /api/auth/logout");

    private final ProblemWriter problems;

    PasswordChangeRequiredFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath();
        // A code of an existing second factor comes before anything else, a new password included.
        boolean mustChange = authentication != null
                && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.passwordChangeRequired() && principal.secondFactor() != SecondFactor.REQUIRED;
        if (mustChange && path.startsWith("/api/") && !ALLOWED.contains(request.getMethod() + " " + path)) {
            problems.write(request, response, ProblemType.PASSWORD_CHANGE_REQUIRED,
                    "Choose a new password before you continue.");
            return;
        }
        chain.doFilter(request, response);
    }
}
