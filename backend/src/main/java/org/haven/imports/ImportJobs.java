package org.haven.imports;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * CSV imports as background jobs, one at a time across every instance of Haven (issue 17). A file
 * is read and its header checked in the request (a file refused whole answers 400 at once, as
 * before); then a job is created in the database and the file's records are imported by this
 * instance's {@link ImportWorker}. Any instance answers for any job: its progress to every
 * caseworker, its row-by-row report only to the caseworker who started it (it holds the file's
 * family references and host emails). A job whose instance died is marked FAILED once its lease
 * expires, at the next start or by the check every {@code haven.imports.check-every}; the report of
 * an ended job is deleted after {@code haven.imports.keep-report-for}.
 */
@Service
class ImportJobs {

    /** Of a caseworker's own recent imports, the page needs the last of each kind: ten is plenty. */
    private static final int CURRENT_LIMIT = 10;

    private final FamilyImporter families;
    private final OfferImporter offers;
    private final ImportJobStore store;
    private final ImportJobReports reports;
    private final ImportRuns runs;
    private final ImportWorker worker;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration keepReportFor;

    ImportJobs(FamilyImporter families, OfferImporter offers, ImportJobStore store, ImportJobReports reports,
            ImportRuns runs, ImportWorker worker, PlatformTransactionManager transactionManager, Clock clock,
            @Value("${haven.imports.keep-report-for}") Duration keepReportFor) {
        this.families = families;
        this.offers = offers;
        this.store = store;
        this.reports = reports;
        this.runs = runs;
        this.worker = worker;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.keepReportFor = keepReportFor;
    }

    /** Accepts the file: 400 when it is refused whole, 409 while another import runs, else the RUNNING job. */
    ImportJobResponse start(ImportKind kind, byte[] file, UUID actorId) {
        List<ImportRecord> records = kind == ImportKind.FAMILIES ? families.read(file) : offers.read(file);
        int totalRows = records.stream().mapToInt(ImportRecord::rows).sum();
        UUID jobId = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            store.lockStarts();
            failAbandoned();
            List<ImportJobStore.Job> running = store.running();
            if (!running.isEmpty()) {
                throw new ProblemException(ProblemType.IMPORT_IN_PROGRESS, "Another import is running. Haven imports "
                        + "one file at a time: try again when it has finished.").with("importId", running.get(0).id());
            }
            store.insert(jobId, kind, actorId, clock.instant(), totalRows, worker.owner(), worker.leaseExpiry());
        });
        worker.start(jobId, actorId, records);
        return view(existing(jobId), actorId);
    }

    /**
     * The running import and the caller's own whose reports are kept, newest first: a caseworker
     * coming back to the page (a reload, another tab, the next morning) finds them again.
     */
    ImportJobList current(UUID actorId) {
        List<ImportJobStore.Job> jobs = store.current(actorId, clock.instant().minus(keepReportFor), CURRENT_LIMIT);
        return new ImportJobList(jobs.stream().map(job -> view(job, actorId)).toList());
    }

    ImportJobResponse get(UUID jobId, UUID actorId) {
        return view(existing(jobId), actorId);
    }

    /** The rows reported so far (every row once the job is DONE); 404 to anyone but the caseworker who started it. */
    ImportReport report(UUID jobId, UUID actorId) {
        ImportJobStore.Job job = existing(jobId);
        if (!reportVisible(job, actorId)) {
            throw ProblemException.notFound("This import's report");
        }
        ImportCounts counts = job.counts();
        return new ImportReport(counts.rowsImported(), counts.rowsRefused(), counts.recordsImported(),
                counts.recordsRefused(), reports.rows(jobId));
    }

    /** Jobs whose instance died are marked FAILED within a lease timeout, and old reports are deleted, even if nobody imports. */
    @Scheduled(initialDelayString = "${haven.imports.check-every}", fixedDelayString = "${haven.imports.check-every}")
    @SchedulerLock(name = "import-jobs-check", lockAtMostFor = "PT5M")
    void check() {
        transactions.executeWithoutResult(status -> failAbandoned());
        reports.deleteEndedBefore(clock.instant().minus(keepReportFor));
    }

    /** In the caller's transaction: every RUNNING job whose lease has expired ends FAILED, and is audited. */
    private void failAbandoned() {
        Instant now = clock.instant();
        for (ImportJobStore.Job job : store.running()) {
            if (job.leaseExpiresAt() != null && job.leaseExpiresAt().isBefore(now)
                    && store.failIfExpired(job.id(), ImportWorker.INTERRUPTED, now)) {
                store.find(job.id()).ifPresent(runs::record);
            }
        }
    }

    private ImportJobStore.Job existing(UUID jobId) {
        return store.find(jobId).orElseThrow(() -> ProblemException.notFound("This import"));
    }

    private boolean reportVisible(ImportJobStore.Job job, UUID actorId) {
        return job.startedBy().equals(actorId)
                && (job.finishedAt() == null || job.finishedAt().isAfter(clock.instant().minus(keepReportFor)));
    }

    private ImportJobResponse view(ImportJobStore.Job job, UUID actorId) {
        ImportCounts counts = job.counts();
        return new ImportJobResponse(job.id(), job.kind(), job.status(), job.totalRows(), job.processedRows(),
                counts.rowsImported(), counts.rowsRefused(), counts.recordsImported(), counts.recordsRefused(),
                job.startedAt(), job.finishedAt(), job.failure(), reportVisible(job, actorId));
    }
}
