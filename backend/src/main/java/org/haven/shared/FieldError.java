package org.haven.shared;

/** One invalid field of a request: the JSON field name and a message a person can act on. */
public record FieldError(String field, String message) {
}
