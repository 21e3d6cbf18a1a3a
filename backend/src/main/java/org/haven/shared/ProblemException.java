package org.haven.shared;

import java.util.List;

/**
 * A failure a client caused and can act on. The web layer answers it with its problem type,
 * detail and field errors; it is never logged as an error.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final transient List<FieldError> errors;

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

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
