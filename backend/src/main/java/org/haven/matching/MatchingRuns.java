package org.haven.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.haven.matching.MatchingDtos.RunResponse;
import org.haven.matching.MatchingEvents.RunEvent;
import org.haven.matching.solver.Deadline;
import org.haven.matching.solver.ExactPhaseOutcome;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.MatchingSolverConfig;
import org.haven.matching.solver.OutOfMemory;
import org.haven.shared.PageResponse;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts, watches and stops matching runs, one at a time across every instance of Haven: a run
 * starts only with the {@link RunLease}, which the solving instance renews every
 * {@code haven.matching.heartbeat-every}. The solver works on a snapshot read in one transaction;
 * its best solution is kept in memory while it improves and written once, at the end, by
 * {@link RunRecorder}; each heartbeat also writes the best score so far to the run's row, which
 * every instance reads for progress events ({@link RunEventPoller}). A stop asked for on another
 * instance reaches the solver through the lease. When the solving instance dies its lease expires
 * ({@code haven.matching.lease-timeout}) and its run is marked FAILED, by the next start or by the
 * check every {@code haven.matching.lease-check-every} on one instance.
 */
@Service
class MatchingRuns {

    private static final Logger log = LoggerFactory.getLogger(MatchingRuns.class);
    /** How long shutdown waits for a stopped run to be recorded (well inside the 30 s grace period). */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    static final String OUT_OF_MEMORY = "The server ran out of memory for a run this size. Nothing was changed; "
            + "ask an administrator to give Haven more memory.";

    private final MatchingProblemLoader loader;
    private final RunRecorder recorder;
    private final MatchingRunRepository runs;
    private final RunEventStream stream;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RunLease lease;
    private final Duration heartbeatEvery;
    /** One thread: it follows the active run from start to its recorded end. */
    private final ExecutorService follower = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "matching-run");
        thread.setDaemon(true);
        return thread;
    });

    /** One thread: it renews the active run's lease and writes its progress. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "matching-lease");
        thread.setDaemon(true);
        return thread;
    });

    private volatile ActiveRun active;

    MatchingRuns(MatchingProblemLoader loader, RunRecorder recorder, MatchingRunRepository runs,
            RunEventStream stream, ApplicationEventPublisher events, Clock clock, RunLease lease,
            @Value("${haven.matching.heartbeat-every}") Duration heartbeatEvery) {
        this.lease = lease;
        this.heartbeatEvery = heartbeatEvery;
        this.loader = loader;
        this.recorder = recorder;
        this.runs = runs;
        this.stream = stream;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A run left SOLVING when Haven last stopped has no solver any more. On PostgreSQL another
     * instance may be solving it: only runs without a live lease count.
     */
    @EventListener(ApplicationReadyEvent.class)
    void failInterruptedRuns() {
        recorder.failAbandonedRuns(lease.singleProcess());
    }

    /** Runs whose instance died are marked FAILED within a lease timeout, even if nobody starts another. */
    @Scheduled(initialDelayString = "${haven.matching.lease-check-every}",
            fixedDelayString = "${haven.matching.lease-check-every}")
    @SchedulerLock(name = "matching-lease-check", lockAtMostFor = "PT5M")
    void failAbandonedRuns() {
        recorder.failAbandonedRuns(false);
    }

    synchronized RunResponse start(Integer seconds, UUID actorId) {
        ActiveRun running = active;
        if (running != null) {
            throw runInProgress(running.id);
        }
        UUID runId = UUID.randomUUID();
        Optional<UUID> holder;
        try {
            holder = recorder.claim(runId);
        } catch (ConcurrencyFailureException simultaneousStart) {
            // Another instance's claim held the lease row too long for the database's lock wait.
            throw runInProgress(lease.holder().orElse(null));
        }
        if (holder.isPresent()) {
            throw runInProgress(holder.get());
        }
        int limit = seconds == null ? MatchingDtos.DEFAULT_SECONDS : seconds;
        // The limit covers the whole run, reading what enters it included.
        Deadline deadline = Deadline.after(Duration.ofSeconds(limit));
        MatchingProblem problem;
        MatchingRun run;
        try {
            problem = loader.load();
            run = recorder.started(runId, limit, actorId, problem);
        } catch (RuntimeException e) {
            recorder.abandon(runId);
            throw e;
        }
        ActiveRun started = new ActiveRun(run.getId(), run.getStartedAt(), limit, problem, deadline);
        active = started;
        started.heartbeat = heartbeats.scheduleWithFixedDelay(() -> beat(started), heartbeatEvery.toMillis(),
                heartbeatEvery.toMillis(), TimeUnit.MILLISECONDS);
        follower.execute(() -> follow(started));
        return view(started);
    }

    /**
     * Asks a solving run to stop; it then ends STOPPED and leaves everything as it was. A run solved
     * by another instance is asked through its lease and stops at that instance's next heartbeat.
     */
    synchronized RunResponse stop(UUID runId, UUID actorId) {
        ActiveRun running = active;
        if (running != null && running.id.equals(runId)) {
            terminate(running);
        } else if (!recorder.requestStop(runId)) {
            MatchingRun run = existing(runId);
            throw new ProblemException(ProblemType.CONFLICT,
                    "This run is not solving any more (it is " + run.getStatus() + ").");
        }
        events.publishEvent(new RunEvent(runId, actorId, "MATCHING_RUN_STOP_REQUESTED"));
        return running != null && running.id.equals(runId) ? view(running) : view(existing(runId));
    }

    private static void terminate(ActiveRun run) {
        run.stopRequested = true;
        SolverJob<MatchingSolution, UUID> job = run.job;
        if (job != null) {
            job.terminateEarly();
        }
    }

    /** On the heartbeat thread: keeps the lease, writes the progress, and stops when asked to or when the lease is lost. */
    private void beat(ActiveRun run) {
        if (run.ending) {
            return; // recording the end gives the lease back: nothing to keep any more
        }
        try {
            RunLease.Renewal renewal = recorder.heartbeat(run.id, run.score, run.assigned);
            if (renewal == RunLease.Renewal.STOP_REQUESTED) {
                terminate(run);
            } else if (renewal == RunLease.Renewal.LOST && !run.ending) {
                log.warn("Matching run {} lost its lease (not renewed in time); it stops here", run.id);
                ScheduledFuture<?> heartbeat = run.heartbeat;
                if (heartbeat != null) {
                    heartbeat.cancel(false); // nothing left to renew; said once, not every beat until the run ends
                }
                terminate(run);
            }
        } catch (RuntimeException e) {
            // The database did not answer: the next beat tries again; past the lease timeout the run is lost.
            log.warn("The lease of matching run {} could not be renewed: {}", run.id, e.toString());
        }
    }

    /** Whether {@code runId} is the run this instance is solving (its events come from here, not the database). */
    boolean solvingHere(UUID runId) {
        ActiveRun running = active;
        return running != null && running.id.equals(runId);
    }

    @Transactional(readOnly = true)
    public RunResponse get(UUID runId) {
        ActiveRun running = active;
        if (running != null && running.id.equals(runId)) {
            return view(running);
        }
        return view(existing(runId));
    }

    @Transactional(readOnly = true)
    public PageResponse<RunResponse> list(int page, int size) {
        ActiveRun running = active;
        return PageResponse.of(runs.findAllByOrderByStartedAtDesc(PageRequest.of(page, size)),
                run -> running != null && running.id.equals(run.getId()) ? view(running) : view(run));
    }

    /** The newest run that ended DONE, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> latestDone() {
        return runs.findFirstByStatusOrderByStartedAtDesc(RunStatus.DONE).map(MatchingRun::getId);
    }

    @Transactional(readOnly = true)
    public MatchingRun existing(UUID runId) {
        return runs.findById(runId).orElseThrow(() -> ProblemException.notFound("This matching run"));
    }

    /** Runs on the follower thread: solve, then record how the run ended and tell its listeners. */
    private void follow(ActiveRun run) {
        RunResponse end;
        try {
            end = solve(run);
        } catch (OutOfMemoryError e) {
            // What the run held is unreachable now; the server goes on.
            end = outOfMemory(run);
        } finally {
            ScheduledFuture<?> heartbeat = run.heartbeat;
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            synchronized (this) {
                active = null;
            }
        }
        stream.end(end);
    }

    private RunResponse solve(ActiveRun run) {
        RunResponse end;
        // Candidates are built here, not by the solver job, so the solver's own limit is what is left after them.
        MatchingSolution problem;
        try {
            problem = run.problem.toSolution(MatchingSolverConfig.candidatesBy(run.deadline), run.outcome);
        } catch (RuntimeException e) {
            log.error("Matching run {} failed", run.id, e);
            return failed(run, "The solver failed: " + rootMessage(e));
        }
        if (run.stopRequested) {
            // Asked to stop while the candidates were built: no solver job to stop.
            run.ending = true;
            return view(recorder.ended(run.id, RunStatus.STOPPED, run.score, run.assigned, null));
        }
        try (SolverManager<MatchingSolution, UUID> manager = SolverManager.create(
                SolverFactory.create(MatchingSolverConfig.production(run.deadline, run.outcome)))) {
            SolverJob<MatchingSolution, UUID> job = manager.solveAndListen(run.id,
                    id -> problem, best -> improved(run, best));
            run.job = job;
            if (run.stopRequested) {
                job.terminateEarly();
            }
            MatchingSolution best;
            // Only a job that is solving: terminating a scheduled one would cancel it without an answer.
            try (Deadline.Watch limit = run.deadline.whenPassed(() -> {
                if (job.getSolverStatus() == SolverStatus.SOLVING_ACTIVE) {
                    job.terminateEarly();
                }
            })) {
                best = job.getFinalBestSolution();
            }
            run.outcome.solvingEnded(best);
            improved(run, best);
            run.ending = true;
            end = run.stopRequested
                    ? view(recorder.ended(run.id, RunStatus.STOPPED, run.score, run.assigned, null))
                    : view(recorder.finished(run.id, run.problem, best, run.outcome.notice(),
                            run.outcome.mediumProven()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            end = failed(run, "The run was interrupted");
        } catch (ExecutionException | RuntimeException e) {
            if (OutOfMemory.causedBy(e)) {
                return outOfMemory(run);
            }
            log.error("Matching run {} failed", run.id, e);
            end = failed(run, "The solver failed: " + rootMessage(e));
        }
        return end;
    }

    private RunResponse outOfMemory(ActiveRun run) {
        log.error("Matching run {} ran out of memory ({} families, {} offers, max heap {} MB)", run.id,
                run.problem.families().size(), run.problem.offers().size(), Runtime.getRuntime().maxMemory() >> 20);
        return failed(run, OUT_OF_MEMORY);
    }

    private void improved(ActiveRun run, MatchingSolution best) {
        run.score = best.getScore() == null ? null : best.getScore().toString();
        run.assigned = (int) best.getAssignments().stream().filter(assignment -> assignment.getOffer() != null).count();
        stream.progress(view(run));
    }

    private RunResponse failed(ActiveRun run, String reason) {
        run.ending = true;
        try {
            return view(recorder.ended(run.id, RunStatus.FAILED, run.score, run.assigned, reason));
        } catch (RuntimeException e) {
            log.error("Matching run {} could not be recorded as failed", run.id, e);
            return new RunResponse(run.id, RunStatus.FAILED, run.score, run.startedAt, clock.instant(), run.seconds,
                    run.problem.families().size(), run.problem.offers().size(), run.assigned,
                    elapsed(run.startedAt, clock.instant()), 0, reason, null, false);
        }
    }

    private RunResponse view(ActiveRun run) {
        return new RunResponse(run.id, RunStatus.SOLVING, run.score, run.startedAt, null, run.seconds,
                run.problem.families().size(), run.problem.offers().size(), run.assigned,
                elapsed(run.startedAt, clock.instant()), 0, null, run.outcome.notice(), run.outcome.mediumProven());
    }

    private RunResponse view(MatchingRun run) {
        Instant until = run.getFinishedAt() != null ? run.getFinishedAt() : clock.instant();
        return new RunResponse(run.getId(), run.getStatus(), run.getScore(), run.getStartedAt(), run.getFinishedAt(),
                run.getSeconds(), run.getFamilies(), run.getOffers(), run.getAssigned(),
                elapsed(run.getStartedAt(), until), run.getProposals(), run.getFailure(), run.getNotice(),
                run.isMediumProven());
    }

    private static long elapsed(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMillis());
    }

    private static ProblemException runInProgress(UUID runId) {
        ProblemException problem = new ProblemException(ProblemType.MATCHING_RUN_IN_PROGRESS,
                "A matching run is already solving; wait for it to end or stop it.");
        return runId == null ? problem : problem.with("runId", runId);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    /**
     * At shutdown a solving run is stopped and recorded STOPPED before the database goes away
     * (this bean is destroyed before the beans it uses). If recording takes longer than the wait,
     * the run stays SOLVING and becomes FAILED at the next start.
     */
    @PreDestroy
    void stopOnShutdown() {
        ActiveRun running = active;
        if (running != null) {
            terminate(running);
        }
        follower.shutdown();
        try {
            if (!follower.awaitTermination(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("The matching run did not end within {} of shutdown; it will be marked FAILED at the next start",
                        SHUTDOWN_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        heartbeats.shutdownNow();
    }

    /** The run being solved: its snapshot and its best score so far. */
    private static final class ActiveRun {

        final UUID id;
        final Instant startedAt;
        final int seconds;
        final MatchingProblem problem;
        volatile String score;
        volatile int assigned;
        volatile boolean stopRequested;
        volatile SolverJob<MatchingSolution, UUID> job;
        volatile ScheduledFuture<?> heartbeat;
        /**
         * Set before the run's end is recorded. Recording it gives the lease back (in a transaction
         * that holds the lease's row until it commits), so a heartbeat from then on would find the
         * lease gone and report a lost lease that was only handed back.
         */
        volatile boolean ending;
        final Deadline deadline;
        final ExactPhaseOutcome outcome = new ExactPhaseOutcome();

        ActiveRun(UUID id, Instant startedAt, int seconds, MatchingProblem problem, Deadline deadline) {
            this.id = id;
            this.startedAt = startedAt;
            this.seconds = seconds;
            this.problem = problem;
            this.deadline = deadline;
        }
    }
}
