package org.haven.family;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** How long a CLOSED case keeps its personal data before it is erased, and how often that is checked. */
@Validated
@ConfigurationProperties("haven.retention")
record RetentionProperties(@NotNull Duration eraseClosedAfter, @NotNull Duration checkEvery) {
}
