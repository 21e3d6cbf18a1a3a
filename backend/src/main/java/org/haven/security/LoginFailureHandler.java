package org.haven.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * One answer for every failed sign-in, so nobody can learn whether an email is registered,
 * locked or disabled. Counts the failure against the client for throttling.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String DETAIL =
            "The email address or password is not correct, or this account cannot sign in right now.";

    private final ProblemWriter problems;
    private final LoginThrottle throttle;

    LoginFailureHandler(ProblemWriter problems, LoginThrottle throttle) {
        this.problems = problems;
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        throttle.recordFailure(request.getRemoteAddr());
        problems.write(request, response, ProblemType.BAD_CREDENTIALS, DETAIL);
    }
}
