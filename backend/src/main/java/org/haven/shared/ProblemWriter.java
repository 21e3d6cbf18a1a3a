package org.haven.shared;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Writes a problem straight to the servlet response, for filters that answer before any
 * controller runs (sign-in failures, missing CSRF token, throttling).
 */
@Component
public class ProblemWriter {

    private final ObjectMapper objectMapper;

    public ProblemWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
            throws IOException {
        write(request, response, type, detail, List.of());
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
            List<FieldError> errors) throws IOException {
        write(request.getRequestURI(), response, Problems.of(type, detail, errors));
    }

    /**
     * Writes a problem that is already built, with the status it carries, about the given path. No
     * content negotiation: a client that asked for {@code application/json} still gets its answer.
     */
    public void write(String path, HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (path != null) {
            try {
                problem.setInstance(java.net.URI.create(path));
            } catch (IllegalArgumentException notAUri) {
                // A path the firewall refused may not even be a URI: the problem goes without its instance.
            }
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
