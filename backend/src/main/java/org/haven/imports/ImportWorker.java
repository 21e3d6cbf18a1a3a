package org.haven.imports;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.haven.imports.BatchSavepoints.BrokenBatch;
import org.haven.imports.ImportReport.RowReport;
import org.haven.mail.Mailer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports accepted files in the background, on one thread of this instance, batch by batch. A batch
 * (records covering about {@code haven.imports.batch-rows} rows) is one transaction: its records,
 * the report of its rows and the job's progress are committed together, and the job's lease is
 * renewed at its start. A crash loses at most the batch under way: what was committed stays, and
 * the job, no longer renewed, is marked FAILED once its lease expires ({@link ImportJobs}).
 */
@Component
class ImportWorker {

    static final String INTERRUPTED = "INTERRUPTED";
    static final String ERROR = "ERROR";

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    /** How long shutdown waits for the batch under way (well inside the 30 s grace period). */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);

    private final ImportJobStore store;
    private final ImportJobReports reports;
    private final ImportRuns runs;
    private final RecordTransactions recordTransactions;
    private final TransactionTemplate transactions;
    private final EntityManager entityManager;
    private final DataSource dataSource;
    private final Mailer mailer;
    private final Clock clock;
    private final Duration leaseTimeout;
    private final int batchRows;
    /** This instance, as a job's lease names its owner: process and host, and a random part for restarts. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread worker = new Thread(runnable, "csv-import");
        worker.setDaemon(true);
        return worker;
    });
    private volatile boolean stopping;

    ImportWorker(ImportJobStore store, ImportJobReports reports, ImportRuns runs, RecordTransactions recordTransactions,
            PlatformTransactionManager transactionManager, EntityManager entityManager, DataSource dataSource,
            Mailer mailer, Clock clock, @Value("${haven.imports.lease-timeout}") Duration leaseTimeout,
            @Value("${haven.imports.batch-rows}") int batchRows) {
        this.store = store;
        this.reports = reports;
        this.runs = runs;
        this.recordTransactions = recordTransactions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.clock = clock;
        this.leaseTimeout = leaseTimeout;
        this.batchRows = batchRows;
    }

    String owner() {
        return owner;
    }

    Instant leaseExpiry() {
        return clock.instant().plus(leaseTimeout);
    }

    /**
     * Imports {@code records} as job {@code jobId}, which this instance has just created and holds.
     * Called on the request's thread: the links in invitation emails and a new host's language are
     * taken from the request, as the import in the request itself took them.
     */
    void start(UUID jobId, UUID actorId, List<ImportRecord> records) {
        Locale locale = LocaleContextHolder.getLocale();
        String linkBase = mailer.publicUrl();
        try {
            thread.execute(() -> {
                LocaleContextHolder.setLocale(locale);
                try {
                    mailer.withLinkBase(linkBase, () -> run(jobId, actorId, records));
                } finally {
                    LocaleContextHolder.resetLocaleContext();
                }
            });
        } catch (RejectedExecutionException shuttingDown) {
            end(jobId, ImportJobStatus.FAILED, INTERRUPTED);
        }
    }

    /** Shutdown: the batch under way is finished, and the job ends FAILED (interrupted) rather than waiting for its lease. */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        thread.shutdown();
        if (!thread.awaitTermination(SHUTDOWN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
            log.warn("An import was still running at shutdown; it is marked FAILED once its lease expires");
        }
    }

    private void run(UUID jobId, UUID actorId, List<ImportRecord> records) {
        try {
            int next = 0;
            int batch = 0;
            while (next < records.size()) {
                if (stopping) {
                    end(jobId, ImportJobStatus.FAILED, INTERRUPTED);
                    return;
                }
                int end = batchEnd(records, next);
                if (!importBatch(jobId, actorId, ++batch, records.subList(next, end))) {
                    log.warn("Import job {} was taken over as FAILED while this instance imported it; it stops here", jobId);
                    return;
                }
                next = end;
            }
            end(jobId, ImportJobStatus.DONE, null);
        } catch (RuntimeException e) {
            log.error("Import job {} failed", jobId, e);
            end(jobId, ImportJobStatus.FAILED, ERROR);
        }
    }

    /** The records from {@code from} that make the next batch: at least one, and about {@code batchRows} rows. */
    private int batchEnd(List<ImportRecord> records, int from) {
        int end = from;
        int rows = 0;
        while (end < records.size() && (end == from || rows + records.get(end).rows() <= batchRows)) {
            rows += records.get(end).rows();
            end++;
        }
        return end;
    }

    /** One batch in one transaction; false when the job is not this instance's any more. */
    private boolean importBatch(UUID jobId, UUID actorId, int number, List<ImportRecord> batch) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!store.renew(jobId, owner, leaseExpiry())) {
                    return false;
                }
                RecordAttempts savepoints = new BatchSavepoints(status, entityManager, dataSource);
                List<List<RowReport>> outcomes = new ArrayList<>();
                batch.forEach(record -> outcomes.add(record.importWith(savepoints, actorId)));
                record(jobId, number, outcomes);
                return true;
            }));
        } catch (BrokenBatch broken) {
            // Rolled back whole: its records are imported again, each in a transaction of its own.
            log.info("Import job {}: batch {} is imported again one record per transaction", jobId, number);
            if (!Boolean.TRUE.equals(transactions.execute(status -> store.renew(jobId, owner, leaseExpiry())))) {
                return false;
            }
            List<List<RowReport>> outcomes = batch.stream().map(record -> record.importWith(recordTransactions, actorId))
                    .toList();
            return Boolean.TRUE.equals(transactions.execute(status -> {
                if (!store.renew(jobId, owner, leaseExpiry())) {
                    return false;
                }
                record(jobId, number, outcomes);
                return true;
            }));
        }
    }

    /** The batch's report and the job's progress, in the batch's transaction. */
    private void record(UUID jobId, int number, List<List<RowReport>> outcomes) {
        ImportCounts counts = ImportCounts.NONE;
        List<RowReport> rows = new ArrayList<>();
        for (List<RowReport> outcome : outcomes) {
            counts = counts.plus(ImportCounts.ofRecord(outcome));
            rows.addAll(outcome);
        }
        reports.save(jobId, number, rows);
        store.addProgress(jobId, rows.size(), counts);
    }

    private void end(UUID jobId, ImportJobStatus status, String failure) {
        transactions.executeWithoutResult(transaction -> {
            if (store.finish(jobId, owner, status, failure, clock.instant())) {
                store.find(jobId).ifPresent(runs::record);
            }
        });
    }
}
