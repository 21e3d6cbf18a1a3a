package org.haven.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Failed sign-ins per client, kept in memory: throttling slows guessing across many accounts,
 * which the per-account lock alone does not. Bounded in size so a flood of addresses cannot
 * exhaust memory.
 */
@Component
class LoginThrottle {

    private final LoginThrottleProperties properties;
    private final Cache<String, Integer> failuresByClient;

    LoginThrottle(LoginThrottleProperties properties) {
        this.properties = properties;
        // Each failure rewrites the entry and so restarts its window: a client that keeps failing stays throttled.
        this.failuresByClient = Caffeine.newBuilder()
                .expireAfterWrite(properties.window())
                .maximumSize(100_000)
                .build();
    }

    void recordFailure(String client) {
        failuresByClient.asMap().merge(client, 1, Integer::sum);
    }

    boolean isThrottled(String client) {
        Integer failures = failuresByClient.getIfPresent(client);
        return failures != null && failures >= properties.maxFailures();
    }

    long retryAfterSeconds() {
        return properties.window().toSeconds();
    }
}
