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
 * Keeps a half-signed-in session (a right password, the second factor still to come) away from
 * every API endpoint but the steps it needs: 403 {@code second-factor-required} while a code is
 * due, {@code second-factor-enrolment-required} while the account must set up a second factor
 * (after a forced password change, which {@link PasswordChangeRequiredFilter} asks for first).
 * Such a session also holds no role (see {@link AccountPrincipal#getAuthorities()}).
 */
class SecondFactorFilter extends OncePerRequestFilter {

    private static final Set<String> ALWAYS = Set.of("GET /api/auth/me", "GET /api/auth/csrf", "POST /api/auth/logout");
    private static final Set<String> CODE_STEP = Set.of("POST /api/auth/totp");
    private static final Set<String> ENROL_STEP = Set.of("POST /api/auth/totp/enrolment",
            "POST /api/auth/totp/enrolment/confirm");
    private static final String CHANGE_PASSWORD = "POST /api/auth/password";

    private final ProblemWriter problems;

    SecondFactorFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getServletPath();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.secondFactor() != SecondFactor.DONE && path.startsWith("/api/")
                && !allowed(principal, request.getMethod() + " " + path)) {
            boolean code = principal.secondFactor() == SecondFactor.REQUIRED;
            problems.write(request, response,
                    code ? ProblemType.SECOND_FACTOR_REQUIRED : ProblemType.SECOND_FACTOR_ENROLMENT_REQUIRED,
                    code ? "Enter the code from your authenticator app to finish signing in."
                            : "Set up two-factor sign-in before you continue.");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(AccountPrincipal principal, String route) {
        if (ALWAYS.contains(route)) {
            return true;
        }
        if (principal.secondFactor() == SecondFactor.REQUIRED) {
            return CODE_STEP.contains(route);
        }
        return ENROL_STEP.contains(route) || (principal.passwordChangeRequired() && CHANGE_PASSWORD.equals(route));
    }
}
