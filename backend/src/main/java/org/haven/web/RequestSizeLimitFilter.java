package org.haven.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code haven.web.max-body-size} with 413 before anything
 * reads it. Chunked bodies without a length are bounded by the container's own limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(@Value("${haven.web.max-body-size:1MB}") org.springframework.util.unit.DataSize maxBodySize,
            ProblemWriter problems) {
        this.maxBodyBytes = maxBodySize.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE,
                    "The request is larger than " + maxBodyBytes / 1024 + " KiB.");
            return;
        }
        chain.doFilter(request, response);
    }
}
