package org.haven.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BucketExceptions.BucketExecutionException;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

/**
 * Bucket4j's token buckets in the H2 table {@code rate_limit_bucket}. Bucket4j ships JDBC stores
 * for PostgreSQL and others but none for H2, Haven's single-instance default; this one plugs H2
 * into Bucket4j's own "select for update" algorithm (the one its PostgreSQL store uses), with the
 * plain SQL H2 understands. Bucket4j does the token arithmetic; this class only reads, locks and
 * writes a row.
 */
final class H2RateLimitStore extends AbstractSelectForUpdateBasedProxyManager<String>
        implements ExpiredEntriesCleaner {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    H2RateLimitStore(DataSource dataSource, ClientSideConfig config) {
        super(config);
        this.dataSource = dataSource;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }

    @Override
    protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> requestTimeoutNanos) {
        try {
            return new RowTransaction(dataSource.getConnection(), key);
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    @Override
    public void removeProxy(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM rate_limit_bucket WHERE id = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    /** One instance on H2 and a small table: every expired row goes at once, whatever the batch size. */
    @Override
    public int removeExpired(int batchSize) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM rate_limit_bucket WHERE expires_at < ?")) {
            delete.setLong(1, System.currentTimeMillis());
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new BucketExecutionException(e);
        }
    }

    private final class RowTransaction implements SelectForUpdateBasedTransaction {

        private final Connection connection;
        private final String key;

        RowTransaction(Connection connection, String key) {
            this.connection = connection;
            this.key = key;
        }

        @Override
        public void begin(Optional<Long> timeout) {
            run(() -> connection.setAutoCommit(false));
        }

        @Override
        public LockAndGetResult tryLockAndGet(Optional<Long> timeout) {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT state FROM rate_limit_bucket WHERE id = ? FOR UPDATE")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? LockAndGetResult.locked(row.getBytes(1)) : LockAndGetResult.notLocked();
                }
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public boolean tryInsertEmptyData(Optional<Long> timeout) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO rate_limit_bucket (id, state, expires_at) VALUES (?, NULL, NULL)")) {
                insert.setString(1, key);
                return insert.executeUpdate() == 1;
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    return false; // another request created the row first; Bucket4j retries with it
                }
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void update(byte[] data, RemoteBucketState state, Optional<Long> timeout) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE rate_limit_bucket SET state = ?, expires_at = ? WHERE id = ?")) {
                update.setBytes(1, data);
                Optional<ExpirationAfterWriteStrategy> expiration = getClientSideConfig().getExpirationAfterWriteStrategy();
                if (expiration.isPresent()) {
                    long ttlMillis = expiration.get().calculateTimeToLiveMillis(state, currentTimeNanos());
                    update.setLong(2, System.currentTimeMillis() + ttlMillis);
                } else {
                    update.setNull(2, java.sql.Types.BIGINT);
                }
                update.setString(3, key);
                update.executeUpdate();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }

        @Override
        public void commit(Optional<Long> timeout) {
            run(connection::commit);
        }

        @Override
        public void rollback() {
            run(connection::rollback);
        }

        @Override
        public void release() {
            run(connection::close);
        }

        private void run(SqlAction action) {
            try {
                action.run();
            } catch (SQLException e) {
                throw new BucketExecutionException(e);
            }
        }
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
