package org.haven.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.haven.shared.ConcurrencyLimit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate limits' token buckets (Bucket4j), kept in the database so that every instance of
 * Haven counts the same attempts. A bucket's row id is a SHA-256 of the limit and its key (a
 * client address or an account id): no address is stored in clear.
 */
@Component
class RateLimits {

    private static final int REMOVE_EXPIRED_BATCH = 1_000;

    private final ProxyManager<String> store;
    private final ConcurrencyLimit checks;
    private final Map<RateLimit, BucketConfiguration> configurations = new EnumMap<>(RateLimit.class);
    /** Bucket4j's version of each configuration: a changed setting gives another number. */
    private final Map<RateLimit, Long> versions = new EnumMap<>(RateLimit.class);

    RateLimits(ProxyManager<String> store, RateLimitProperties properties) {
        this.store = store;
        this.checks = new ConcurrencyLimit(properties.maxConcurrentChecks(), properties.maxWaitingChecks(), properties.maxWait(),
                "Haven is very busy right now. Please try again in a moment.");
        for (RateLimit limit : RateLimit.values()) {
            RateLimitProperties.Limit setting = properties.of(limit);
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(setting.capacity())
                            .refillGreedy(setting.capacity(), setting.period()).build())
                    .build());
            versions.put(limit, (long) Objects.hash(setting.capacity(), setting.period()) & 0x7fffffffL);
        }
    }

    /**
     * Takes one attempt from the bucket of {@code limit} and {@code key}.
     *
     * @return empty when the attempt may go ahead, else how long until the next one would be allowed
     */
    Optional<Duration> tryTake(RateLimit limit, String key) {
        return checks.run(() -> {
            ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
            return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        });
    }

    /** Gives one attempt back (a sign-in that succeeded should not count against its address). */
    void giveBack(RateLimit limit, String key) {
        checks.run(() -> {
            bucket(limit, key).addTokens(1);
            return null;
        });
    }

    /** Deletes the rows of buckets that are full again: they hold nothing a fresh bucket would not. */
    @Scheduled(initialDelayString = "${haven.security.rate-limits.remove-expired-every}",
            fixedDelayString = "${haven.security.rate-limits.remove-expired-every}")
    @SchedulerLock(name = "rate-limit-cleanup", lockAtMostFor = "PT10M")
    void removeExpired() {
        if (store instanceof ExpiredEntriesCleaner cleaner) {
            int removed;
            do {
                removed = cleaner.removeExpired(REMOVE_EXPIRED_BATCH);
            } while (removed >= REMOVE_EXPIRED_BATCH);
        }
    }

    private BucketProxy bucket(RateLimit limit, String key) {
        BucketConfiguration configuration = configurations.get(limit);
        // A changed setting replaces the stored configuration at the bucket's next use.
        return store.builder()
                .withImplicitConfigurationReplacement(versions.get(limit), TokensInheritanceStrategy.AS_IS)
                .build(rowId(limit, key), () -> configuration);
    }

    static String rowId(RateLimit limit, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((limit.name() + ':' + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
