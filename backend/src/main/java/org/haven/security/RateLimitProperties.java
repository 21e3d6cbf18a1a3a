package org.haven.security;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Each limit allows {@code capacity} attempts at once and gives them back evenly over
 * {@code period} (a token bucket): 20 per 10 minutes means a burst of 20, then one every 30 s.
 * The buckets live in the database (table {@code rate_limit_bucket}); checking them takes a
 * database connection for a moment, so at most {@code maxConcurrentChecks} checks run at once in
 * an instance, at most {@code maxWaitingChecks} requests wait for a turn, each at most
 * {@code maxWait} (the others: 503).
 */
@Validated
@ConfigurationProperties("haven.security.rate-limits")
record RateLimitProperties(
        @NotNull @Valid Limit signIn,
        @NotNull @Valid Limit registration,
        @NotNull @Valid Limit passwordReset,
        @NotNull @Valid Limit emailLink,
        @NotNull @Valid Limit passwordCheck,
        @NotNull @Valid Limit secondFactor,
        @Min(1) int maxConcurrentChecks,
        @Min(0) int maxWaitingChecks,
        @NotNull Duration maxWait,
        @NotNull Duration removeExpiredEvery) {

    record Limit(@Min(1) long capacity, @NotNull Duration period) {
    }

    Limit of(RateLimit limit) {
        return switch (limit) {
            case SIGN_IN -> signIn;
            case REGISTRATION -> registration;
            case PASSWORD_RESET -> passwordReset;
            case EMAIL_LINK -> emailLink;
            case PASSWORD_CHECK -> passwordCheck;
            case SECOND_FACTOR -> secondFactor;
        };
    }
}
