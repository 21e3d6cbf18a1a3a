package org.haven.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A name or title without Unicode's invisible direction controls (embeddings, overrides and
 * isolates: U+202A–U+202E, U+2066–U+2069). A right-to-left override turns "Ali‮txt.exe" round on
 * every screen that shows it, so a name could pose as another; the pages isolate what people type
 * (dir="auto", &lt;bdi&gt;), which is all Dari or Ukrainian text needs. Letters, the zero-width
 * non-joiner that Persian words need and the plain direction marks (U+200E, U+200F) are fine.
 * Field-error code {@code direction-controls}.
 */
@Documented
@Constraint(validatedBy = NoDirectionControlsValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NoDirectionControls {

    String message() default "Remove the invisible text-direction characters (often pasted with the text).";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
