package org.haven.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Bean Validation in the API's terms: constraint names become the field-error codes clients
 * translate, and a request checked outside a controller (an imported CSV row, say) gets the same
 * field errors as the same request sent as JSON.
 */
public final class RequestValidation {

    private static final Map<String, String> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("NotNull", FieldError.REQUIRED),
            Map.entry("NotBlank", FieldError.REQUIRED),
            Map.entry("NotEmpty", FieldError.REQUIRED),
            Map.entry("Email", "invalid-email"),
            Map.entry("Size", "invalid-length"),
            Map.entry("Min", "out-of-range"),
            Map.entry("Max", "out-of-range"),
            Map.entry("Positive", "out-of-range"),
            Map.entry("PositiveOrZero", "out-of-range"),
            Map.entry("Past", "date-not-past"),
            Map.entry("PastOrPresent", "date-not-past"),
            Map.entry("Future", "date-not-future"),
            Map.entry("FutureOrPresent", "date-not-future"),
            Map.entry("Pattern", "invalid-format"),
            Map.entry("NoDirectionControls", "direction-controls"));

    private RequestValidation() {
    }

    /** The API's code for a Bean Validation constraint (by its annotation's simple name). */
    public static String codeOf(String constraintName) {
        return constraintName == null ? FieldError.INVALID_VALUE
                : BY_CONSTRAINT.getOrDefault(constraintName, FieldError.INVALID_VALUE);
    }

    /**
     * The field errors of {@code request}, each named by its JSON path ({@code members[2].age},
     * {@code languages[1]}), in path order so the answer is stable.
     */
    public static List<FieldError> fieldErrors(Validator validator, Object request) {
        return validator.validate(request).stream()
                .sorted(Comparator.comparing((ConstraintViolation<Object> violation) -> violation.getPropertyPath().toString()))
                .map(violation -> new FieldError(jsonPath(violation.getPropertyPath().toString()),
                        codeOf(violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()),
                        violation.getMessage()))
                .toList();
    }

    /** Hibernate Validator names a list element's own constraint {@code languages[1].<list element>}. */
    private static String jsonPath(String propertyPath) {
        return propertyPath.replaceAll("\\.<[^>]+>", "");
    }
}
