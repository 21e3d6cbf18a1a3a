package org.haven.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The absolute session lifetime: a session ends this long after sign-in however active it is.
 * The idle timeout is the servlet container's ({@code server.servlet.session.timeout}).
 * {@code maxPerAccount}: an account's sessions at once; one more sign-in ends the oldest.
 */
@Validated
@ConfigurationProperties("haven.security.session")
record SessionProperties(@NotNull Duration absoluteTimeout, @Min(1) int maxPerAccount) {
}
