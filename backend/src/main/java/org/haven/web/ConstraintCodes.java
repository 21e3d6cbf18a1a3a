package org.haven.web;

import java.util.Map;

import org.haven.shared.FieldError;

/** Maps Bean Validation constraint names to the field-error codes of the API. */
final class ConstraintCodes {

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
            Map.entry("Pattern", "invalid-format"));

    private ConstraintCodes() {
    }

    static String of(String constraintName) {
        return constraintName == null ? FieldError.INVALID_VALUE
                : BY_CONSTRAINT.getOrDefault(constraintName, FieldError.INVALID_VALUE);
    }
}
