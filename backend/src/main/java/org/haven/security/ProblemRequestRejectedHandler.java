package org.haven.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

/**
 * A URL the firewall refuses ("//", encoded slashes, "..", unusual characters) answers 400
 * problem+json like every other bad input, not the servlet container's error page.
 */
@Component
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private final ProblemWriter problems;

    ProblemRequestRejectedHandler(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
            RequestRejectedException exception) throws IOException {
        problems.write(request, response, ProblemType.MALFORMED_REQUEST, "This address is not valid.");
    }
}
