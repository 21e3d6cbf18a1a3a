package org.haven.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.haven.shared.ProblemType;
import org.haven.shared.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code haven.web.max-body-size} with 413: at once when the
 * declared length is too large, and while reading when a body without a length (chunked) grows
 * past the limit, so no body can fill the server's memory. CSV uploads under {@code /api/import/}
 * may be larger, up to {@code haven.web.max-import-size} (5,000 family rows are about 1 MB).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    static final String IMPORT_PATH = "/api/import/";

    private final long maxBodyBytes;
    private final long maxImportBytes;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(@Value("${haven.web.max-body-size:1MB}") DataSize maxBodySize,
            @Value("${haven.web.max-import-size:10MB}") DataSize maxImportSize, ProblemWriter problems) {
        this.maxBodyBytes = maxBodySize.toBytes();
        this.maxImportBytes = maxImportSize.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = request.getRequestURI().startsWith(IMPORT_PATH) ? maxImportBytes : maxBodyBytes;
        if (request.getContentLengthLong() > limit) {
            refuse(request, response, limit);
            return;
        }
        try {
            chain.doFilter(new LimitedRequest(request, limit), response);
        } catch (BodyTooLargeException | ServletException e) {
            if (!(e instanceof BodyTooLargeException) && !causedByTooLarge(e)) {
                throw e;
            }
            if (!response.isCommitted()) {
                response.reset();
                refuse(request, response, limit);
            }
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
        problems.write(request, response, ProblemType.PAYLOAD_TOO_LARGE,
                "The request is larger than " + limit / 1024 + " KiB.");
    }

    static boolean causedByTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by the wrapped stream once more than the limit has been read. */
    static final class BodyTooLargeException extends IOException {

        BodyTooLargeException() {
            super("Request body too large");
        }
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream limited;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedInputStream(super.getInputStream(), limit);
            }
            return limited;
        }
    }

    private static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long limit;
        private long read;

        LimitedInputStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = delegate.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = delegate.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws BodyTooLargeException {
            read += bytes;
            if (read > limit) {
                throw new BodyTooLargeException();
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
