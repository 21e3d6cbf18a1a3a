package org.haven.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.haven.shared.Problems;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * The answer to an error that was sent rather than thrown: a servlet or Spring's own resource
 * handling calling {@code sendError} (a {@code Range} header that names no part of a static file
 * is answered 416 that way) reaches {@code /error}, where Spring Boot would answer in a JSON shape of
 * its own. Here it is problem+json by the rule {@link ApiExceptionHandler} keeps for Spring's other
 * failures: the status stays, the type is stable, nothing internal is said. Replaces Spring Boot's
 * error controller, which backs off when an {@link ErrorController} bean exists. Not part of the
 * API's contract, so not in the OpenAPI document (springdoc hides Spring Boot's the same way).
 */
@Hidden
@RestController
class ProblemErrorController implements ErrorController {

    private final ProblemWriter problemWriter;

    ProblemErrorController(ProblemWriter problemWriter) {
        this.problemWriter = problemWriter;
    }

    // Written straight to the response rather than returned: returned, the problem went through
    // content negotiation, which wrote it as ISO-8859-1 and made its answer depend on the Accept
    // header. An error's answer is problem+json in UTF-8, whatever the client asked for.
    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object sent = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Asked for directly, /error is an address like any other with nothing at it.
        int status = sent instanceof Integer code && code >= 400 ? code : 404;
        ProblemDetail problem;
        if (status == 404) {
            problem = Problems.of(ProblemType.NOT_FOUND, "There is nothing at this address.");
        } else if (status >= 500) {
            problem = Problems.of(ProblemType.INTERNAL_ERROR, "Something went wrong on our side. Please try again.");
        } else {
            problem = Problems.of(ProblemType.MALFORMED_REQUEST, "The request is not valid.");
        }
        problem.setStatus(status);
        Object failedPath = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        problemWriter.write(failedPath instanceof String path ? path : request.getRequestURI(), response, problem);
    }
}
