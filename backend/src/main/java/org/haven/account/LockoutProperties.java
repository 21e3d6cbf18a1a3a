package org.haven.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * When repeated failed sign-ins lock an account: after {@code maxFailures} in a row, for
 * {@code firstLock}, doubling with each further lock up to {@code longestLock}.
 */
@Validated
@ConfigurationProperties("haven.security.lockout")
public record LockoutProperties(
        @Min(1) int maxFailures,
        @NotNull Duration firstLock,
        @NotNull Duration longestLock) {
}
