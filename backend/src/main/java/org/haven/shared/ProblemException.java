package org.haven.shared;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure a client caused and can act on. The web layer answers it with its problem type,
 * detail and field errors; it is never logged as an error.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient List<FieldError> errors;
    /** Extension members of the problem (RFC 9457), e.g. the id of the record in the way. */
    private final transient Map<String, Object> properties = new LinkedHashMap<>();
    /** When the client may try again (the Retry-After header of a 429 or 503); null for none. */
    private Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException invalidField(String field, String code, String message) {
        return new ProblemException(ProblemType.VALIDATION_FAILED, message,
                List.of(new FieldError(field, code, message)));
    }

    public static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " was not found.");
    }

    /** Adds an extension member to the problem the client receives. */
    public ProblemException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** Tells the client when to try again (Retry-After, in whole seconds, at least one). */
    public ProblemException retryAfter(Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    /** Retry-After in whole seconds, rounded up; null when the problem has none. */
    public Long retryAfterSeconds() {
        return retryAfter == null ? null : retryAfterSeconds(retryAfter);
    }

    /** Whole seconds, rounded up, at least one: a client told "0" would try again at once. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    public Map<String, Object> properties() {
        return Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
