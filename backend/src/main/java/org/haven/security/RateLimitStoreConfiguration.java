package org.haven.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the rate limits' buckets live: the table {@code rate_limit_bucket} of Haven's own
 * database, through Bucket4j's PostgreSQL store on PostgreSQL and {@link H2RateLimitStore} on H2.
 * A row is kept until its bucket would be full again (plus a minute), then removed by
 * {@link RateLimits#removeExpired()}.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitStoreConfiguration {

    static final String TABLE = "rate_limit_bucket";
    private static final ExpirationAfterWriteStrategy KEEP_UNTIL_FULL =
            ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1));

    @Bean
    ProxyManager<String> rateLimitStore(DataSource dataSource) {
        if (isPostgres(dataSource)) {
            return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table(TABLE)
                    .idColumn("id")
                    .stateColumn("state")
                    .expiresAtColumn("expires_at")
                    .expirationAfterWrite(KEEP_UNTIL_FULL)
                    .build();
        }
        return new H2RateLimitStore(dataSource,
                ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(KEEP_UNTIL_FULL));
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database holds the rate limits", e);
        }
    }
}
