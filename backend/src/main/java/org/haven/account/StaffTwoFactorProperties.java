package org.haven.account;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code haven.security.staff-two-factor} ({@code HAVEN_STAFF_TWO_FACTOR}): {@code required}
 * (the default) makes every caseworker and admin set up a second factor at their next sign-in;
 * {@code optional} lets them choose, as hosts do ({@code --demo}, so the demo accounts sign in
 * with a password alone).
 */
@Validated
@ConfigurationProperties("haven.security")
public record StaffTwoFactorProperties(@NotNull Setting staffTwoFactor) {

    public enum Setting {
        REQUIRED, OPTIONAL
    }

    /** Whether an account of this role must have a second factor. */
    boolean requiredFor(Role role) {
        return staffTwoFactor == Setting.REQUIRED && role != Role.HOST;
    }
}
