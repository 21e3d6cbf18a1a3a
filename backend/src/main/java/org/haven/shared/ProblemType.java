package org.haven.shared;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the API (RFC 9457). Clients switch on the slug at the end of the
 * {@code type} URI, so a slug never changes once released.
 */
public enum ProblemType {
    VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "Some fields are not valid"),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request could not be read"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Please sign in"),
    BAD_CREDENTIALS("bad-credentials", HttpStatus.UNAUTHORIZED, "Sign-in failed"),
    ACCESS_DENIED("access-denied", HttpStatus.FORBIDDEN, "Not allowed"),
    CSRF_TOKEN_INVALID("csrf-token-invalid", HttpStatus.FORBIDDEN, "Missing or expired security token"),
    PASSWORD_CHANGE_REQUIRED("password-change-required", HttpStatus.FORBIDDEN, "Password change required"),
    SECOND_FACTOR_REQUIRED("second-factor-required", HttpStatus.FORBIDDEN, "Second factor required"),
    SECOND_FACTOR_ENROLMENT_REQUIRED("second-factor-enrolment-required", HttpStatus.FORBIDDEN,
            "Second factor enrolment required"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Conflict"),
    MATCHING_RUN_IN_PROGRESS("matching-run-in-progress", HttpStatus.CONFLICT, "A matching run is already solving"),
    IMPORT_IN_PROGRESS("import-in-progress", HttpStatus.CONFLICT, "An import is already running"),
    INTAKE_LINK_EXPIRED("intake-link-expired", HttpStatus.GONE, "This link has expired"),
    INTAKE_LINK_USED("intake-link-used", HttpStatus.GONE, "This link has already been used"),
    PUBLIC_URL_UNKNOWN("public-url-unknown", HttpStatus.CONFLICT, "Haven does not know its public address"),
    LINK_EXPIRED("link-expired", HttpStatus.GONE, "This link has expired or has been used"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.PAYLOAD_TOO_LARGE, "Request too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type"),
    TOO_MANY_REQUESTS("too-many-requests", HttpStatus.TOO_MANY_REQUESTS, "Too many attempts"),
    /** Too many password checks at once (or the rate-limit store unreachable): try again in a moment. */
    SERVICE_BUSY("service-busy", HttpStatus.SERVICE_UNAVAILABLE, "Haven is busy"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong");

    private static final String PREFIX = "urn:haven:problem:";

    private final String slug;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
