package org.haven.matching;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The lease on matching (table {@code matching_lease}, one row): whoever holds it solves the one
 * run there may be, across every instance of Haven. The holder renews it every
 * {@code haven.matching.heartbeat-every}; a lease not renewed for {@code haven.matching.lease-timeout}
 * belongs to an instance that died. Each method is one statement, or a locked read and a write,
 * within the caller's transaction (callers: {@link RunRecorder}, {@link MatchingRuns}).
 */
@Component
class RunLease {

    /** What a renewal found. */
    enum Renewal { HELD, STOP_REQUESTED, LOST }

    /** The lease row as read under its lock. */
    record State(UUID runId, Instant expiresAt) {

        boolean heldAt(Instant now) {
            return runId != null && expiresAt != null && expiresAt.isAfter(now);
        }
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration timeout;
    private final boolean singleProcess;
    /** This instance, as the lease names its owner: process and host, and a random part for restarts. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    RunLease(JdbcTemplate jdbc, DataSource dataSource, Clock clock,
            @Value("${haven.matching.lease-timeout}") Duration timeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeout = timeout;
        this.singleProcess = isH2(dataSource);
    }

    /**
     * An H2 file database is open in one process only: at start nothing else can be solving, so a
     * lease found held is left over from a crash. On PostgreSQL other instances may hold it.
     */
    boolean singleProcess() {
        return singleProcess;
    }

    String owner() {
        return owner;
    }

    /** Reads the lease and locks its row until the transaction ends: other claims wait their turn. */
    State lock() {
        return jdbc.queryForObject("SELECT run_id, expires_at FROM matching_lease WHERE id = 1 FOR UPDATE",
                (row, n) -> new State(row.getObject("run_id", UUID.class), instant(row.getObject("expires_at",
                        OffsetDateTime.class))));
    }

    /** The run holding an unexpired lease, read without a lock. */
    Optional<UUID> holder() {
        List<State> states = jdbc.query("SELECT run_id, expires_at FROM matching_lease WHERE id = 1",
                (row, n) -> new State(row.getObject("run_id", UUID.class), instant(row.getObject("expires_at",
                        OffsetDateTime.class))));
        return states.stream().filter(state -> state.heldAt(clock.instant())).map(State::runId).findFirst();
    }

    /** Takes the lease for {@code runId}; the caller has {@link #lock locked} the row and found it free. */
    void take(UUID runId) {
        jdbc.update("UPDATE matching_lease SET run_id = ?, owner = ?, expires_at = ?, stop_requested = FALSE WHERE id = 1",
                runId, owner, expiry());
    }

    /** Frees the lease whoever holds it; the caller has locked the row. */
    void free() {
        jdbc.update("UPDATE matching_lease SET run_id = NULL, owner = NULL, expires_at = NULL, stop_requested = FALSE "
                + "WHERE id = 1");
    }

    /** Renews this instance's lease on {@code runId}, and says whether a stop was asked for meanwhile. */
    Renewal renew(UUID runId) {
        int renewed = jdbc.update("UPDATE matching_lease SET expires_at = ? WHERE id = 1 AND run_id = ? AND owner = ?",
                expiry(), runId, owner);
        if (renewed == 0) {
            return Renewal.LOST;
        }
        Boolean stop = jdbc.queryForObject("SELECT stop_requested FROM matching_lease WHERE id = 1", Boolean.class);
        return Boolean.TRUE.equals(stop) ? Renewal.STOP_REQUESTED : Renewal.HELD;
    }

    /** Asks the holder of {@code runId}'s lease to stop; false when no lease is held for that run. */
    boolean requestStop(UUID runId) {
        return jdbc.update("UPDATE matching_lease SET stop_requested = TRUE WHERE id = 1 AND run_id = ?", runId) == 1;
    }

    /** Gives back this instance's lease on {@code runId}; false when it is not ours any more (taken over). */
    boolean release(UUID runId) {
        return jdbc.update("UPDATE matching_lease SET run_id = NULL, owner = NULL, expires_at = NULL, "
                + "stop_requested = FALSE WHERE id = 1 AND run_id = ? AND owner = ?", runId, owner) == 1;
    }

    private OffsetDateTime expiry() {
        return OffsetDateTime.ofInstant(clock.instant().plus(timeout), ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database holds the matching lease", e);
        }
    }
}
