package org.haven.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.function.Supplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.haven.shared.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tries each record of a batch inside the batch's one transaction, behind a savepoint of its own: a
 * refused record is rolled back to its savepoint and the batch goes on, so a whole batch costs one
 * commit instead of one per record (issue 17: a commit per family made 9,706 families take 134 s).
 *
 * <p>A savepoint undoes the database, not everything: when a refused record has marked the whole
 * transaction rollback-only (an exception thrown through a {@code @Transactional} method of another
 * module) or registered work to run after the commit (an invitation email), the batch cannot be
 * committed as it is, and {@link BrokenBatch} is thrown: the caller rolls it back and imports its
 * records one transaction each ({@link RecordTransactions}). Each record is flushed and the
 * persistence context cleared around it, so what a rolled-back record left in memory is gone too.
 */
final class BatchSavepoints implements RecordAttempts {

    private static final Logger log = LoggerFactory.getLogger(BatchSavepoints.class);

    /** This batch cannot be committed; its records are imported again one transaction each. */
    static final class BrokenBatch extends RuntimeException {

        BrokenBatch() {
            super("A refused record could not be undone by its savepoint alone", null, false, false);
        }
    }

    private final TransactionStatus batch;
    private final EntityManager entityManager;
    private final Connection connection;

    /** Within the batch's transaction {@code batch}. */
    BatchSavepoints(TransactionStatus batch, EntityManager entityManager, DataSource dataSource) {
        this.batch = batch;
        this.entityManager = entityManager;
        this.connection = DataSourceUtils.getConnection(dataSource);
    }

    @Override
    public <T> Attempt<T> run(boolean readable, Supplier<T> work) {
        entityManager.flush();
        entityManager.clear();
        int synchronizations = TransactionSynchronizationManager.getSynchronizations().size();
        Savepoint savepoint = savepoint();
        Attempt<T> attempt;
        try {
            T saved = work.get();
            entityManager.flush();
            if (readable) {
                entityManager.clear();
                release(savepoint);
                return new Attempt<>(saved, null);
            }
            attempt = new Attempt<>(null, null);
        } catch (ProblemException refused) {
            attempt = new Attempt<>(null, refused);
        } catch (RuntimeException unexpected) {
            log.error("An imported record could not be saved", unexpected);
            attempt = new Attempt<>(null, RecordTransactions.internalError());
        }
        entityManager.clear();
        rollbackTo(savepoint);
        if (batch.isRollbackOnly() || TransactionSynchronizationManager.getSynchronizations().size() > synchronizations) {
            throw new BrokenBatch();
        }
        return attempt;
    }

    private Savepoint savepoint() {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set a savepoint for an imported record", e);
        }
    }

    private void release(Savepoint savepoint) {
        try {
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not release the savepoint of an imported record", e);
        }
    }

    private void rollbackTo(Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not roll an imported record back to its savepoint", e);
        }
    }
}
