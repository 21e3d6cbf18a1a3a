package org.haven.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link NoDirectionControls}; null passes (other constraints say whether it is required). */
class NoDirectionControlsValidator implements ConstraintValidator<NoDirectionControls, CharSequence> {

    @Override
    public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
        return text == null || text.chars().noneMatch(NoDirectionControlsValidator::isDirectionControl);
    }

    static boolean isDirectionControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
