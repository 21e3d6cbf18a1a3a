package org.haven.account;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many Argon2 computations (19 MiB and tens of milliseconds of CPU each) one instance runs at
 * once, how many requests may wait for a turn and for how long before they are answered 503.
 * Bounding them keeps a flood of sign-ins from exhausting memory, CPU and request threads.
 */
@Validated
@ConfigurationProperties("haven.security.password-hashing")
public record PasswordHashingProperties(@Min(1) int maxConcurrent, @Min(0) int maxWaiting, @NotNull Duration maxWait) {
}
