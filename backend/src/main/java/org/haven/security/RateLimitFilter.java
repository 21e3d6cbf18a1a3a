package org.haven.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.account.AccountPrincipal;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts an attempt against its rate limit <em>before</em> anything is checked or hashed, and
 * answers 429 problem+json with Retry-After once the limit is used up. Keyed by path, so it
 * covers each route whether or not its controller is there:
 * <ul>
 * <li>{@code POST /api/auth/login}: {@link RateLimit#SIGN_IN} per client address;</li>
 * <li>{@code POST /api/auth/register}: {@link RateLimit#REGISTRATION} per client address;</li>
 * <li>{@code POST /api/auth/password-reset} and {@code /api/auth/password-reset/{token}}:
 * {@link RateLimit#PASSWORD_RESET} per client address;</li>
 * <li>{@code POST /api/auth/verify-email/{token}} and {@code /api/auth/invitation/{token}}:
 * {@link RateLimit#EMAIL_LINK} per client address;</li>
 * <li>{@code POST /api/auth/password}: {@link RateLimit#PASSWORD_CHECK} per signed-in account
 * (a stolen session moves to other addresses at will, the account stays the same);</li>
 * <li>{@code POST /api/auth/totp}, {@code /api/auth/totp/enrolment/confirm} and
 * {@code /api/auth/totp/disable}: {@link RateLimit#SECOND_FACTOR} per (half-)signed-in account,
 * for the same reason: whoever knows the password can open many sessions.</li>
 * </ul>
 * The client address is the connection's ({@code getRemoteAddr()}); behind a reverse proxy,
 * Spring's forwarded-header handling must be set up (docs/operations.md).
 */
class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final Duration STORE_UNAVAILABLE_RETRY = Duration.ofSeconds(5);
    private static final Set<String> SECOND_FACTOR_PATHS = Set.of("/api/auth/totp",
            "/api/auth/totp/enrolment/confirm", "/api/auth/totp/disable");

    private final RateLimits limits;
    private final ProblemWriter problems;

    RateLimitFilter(RateLimits limits, ProblemWriter problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** The limit a request counts against, if any. */
    static Optional<RateLimit> limitOf(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        String path = request.getServletPath();
        if (path.equals(SecurityConfiguration.LOGIN_URL)) {
            return Optional.of(RateLimit.SIGN_IN);
        }
        if (path.equals("/api/auth/register")) {
            return Optional.of(RateLimit.REGISTRATION);
        }
        if (path.equals("/api/auth/password")) {
            return Optional.of(RateLimit.PASSWORD_CHECK);
        }
        if (SECOND_FACTOR_PATHS.contains(path)) {
            return Optional.of(RateLimit.SECOND_FACTOR);
        }
        if (path.equals("/api/auth/password-reset") || isTokenPath(path, "/api/auth/password-reset/")) {
            return Optional.of(RateLimit.PASSWORD_RESET);
        }
        if (isTokenPath(path, "/api/auth/verify-email/") || isTokenPath(path, "/api/auth/invitation/")) {
            return Optional.of(RateLimit.EMAIL_LINK);
        }
        return Optional.empty();
    }

    private static boolean isTokenPath(String path, String prefix) {
        return path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0;
    }

    /** Whose attempts the request counts as: the signed-in account for password checks, else the address. */
    static Optional<String> keyOf(RateLimit limit, HttpServletRequest request) {
        if (limit == RateLimit.PASSWORD_CHECK || limit == RateLimit.SECOND_FACTOR) {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account
                    ? Optional.of(account.id().toString())
                    : Optional.empty(); // not signed in: refused further on, nothing to count
        }
        return Optional.of(request.getRemoteAddr());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimit> limit = limitOf(request);
        Optional<String> key = limit.flatMap(found -> keyOf(found, request));
        if (key.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait;
        try {
            wait = limits.tryTake(limit.get(), key.get());
        } catch (ProblemException busy) {
            refuse(request, response, busy.type(), busy.getMessage(), busy.retryAfterSeconds());
            return;
        } catch (RuntimeException storeUnavailable) {
            log.warn("The rate-limit store could not be reached: {}", storeUnavailable.toString());
            refuse(request, response, ProblemType.SERVICE_BUSY,
                    "Haven is very busy right now. Please try again in a moment.",
                    ProblemException.retryAfterSeconds(STORE_UNAVAILABLE_RETRY));
            return;
        }
        if (wait.isPresent()) {
            refuse(request, response, ProblemType.TOO_MANY_REQUESTS, limit.get().detail(),
                    ProblemException.retryAfterSeconds(wait.get()));
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
            long retryAfterSeconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.write(request, response, type, detail);
    }
}
