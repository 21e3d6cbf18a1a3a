package org.haven.placement;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How long a host has to answer: a reminder after {@code remindAfter}, the offer lapses after
 * {@code expireAfter}; the deadlines are checked every {@code checkEvery}.
 */
@Validated
@ConfigurationProperties("haven.placements")
record PlacementProperties(@NotNull Duration remindAfter, @NotNull Duration expireAfter, @NotNull Duration checkEvery) {
}
