package org.haven.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * A client (IP address) that fails to sign in {@code maxFailures} times within {@code window}
 * gets 429 for its sign-in attempts until the window has passed since its last failure.
 */
@Validated
@ConfigurationProperties("haven.security.login-throttle")
record LoginThrottleProperties(@Min(1) int maxFailures, @NotNull Duration window) {
}
