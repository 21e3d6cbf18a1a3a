package org.haven.shared;

/**
 * One invalid field of a request: the JSON field name, a stable {@code code} a client can
 * translate (e.g. {@code required}, {@code password-common}) and an English message a person can
 * act on.
 */
public record FieldError(String field, String code, String message) {

    /** Codes shared by all endpoints; features add their own (documented in docs/api.md). */
    public static final String REQUIRED = "required";
    public static final String INVALID_VALUE = "invalid-value";
    public static final String UNKNOWN_FIELD = "unknown-field";
}
