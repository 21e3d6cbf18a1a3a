package org.haven.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.shared.ConcurrencyLimit;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.http.HttpHeaders;
import org.haven.shared.ProblemWriter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * One answer for every failed sign-in, so nobody can learn whether an email is registered,
 * locked or disabled. (The attempt was already counted against the client's address by
 * {@link RateLimitFilter}.) When the password could not be checked because every hashing slot
 * stayed busy, the answer is 503 with Retry-After instead: nothing was checked, nothing is said.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String DETAIL =
            "The email address or password is not correct, or this account cannot sign in right now.";

    private final ProblemWriter problems;

    LoginFailureHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        if (exception.getCause() instanceof ProblemException busy && ConcurrencyLimit.isBusy(busy)) {
            response.setHeader(HttpHeaders.RETRY_AFTER, busy.retryAfterSeconds().toString());
            problems.write(request, response, busy.type(), busy.getMessage());
            return;
        }
        problems.write(request, response, ProblemType.BAD_CREDENTIALS, DETAIL);
    }
}
