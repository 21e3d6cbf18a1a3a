package org.haven.matching;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.family.MatchableFamily;
import org.haven.matching.MatchingDtos.ExplanationLine;
import org.haven.matching.MatchingEvents.RunEvent;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.PairExplanation;
import org.haven.matching.solver.Pairs;
import org.haven.matching.solver.RejectedPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a run changes, each step in one transaction: its start, and its end. A run that
 * ends DONE turns its best solution into PROPOSED proposals and supersedes every undecided one of
 * earlier runs that it does not propose again (one it proposes again is kept, renewed with this
 * run's explanation), together or not at all; a stopped or failed run changes nothing but its own row.
 * Across instances the {@link RunLease} decides who solves: a run is recorded as ended only by the
 * instance still holding its lease, in the same transaction that gives the lease back.
 */
@Component
class RunRecorder {

    private static final Logger log = LoggerFactory.getLogger(RunRecorder.class);

    private final MatchingRunRepository runs;
    private final ProposalRepository proposals;
    private final MatchingProblemLoader loader;
    private final ExplanationJson explanationJson;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RunLease lease;

    RunRecorder(MatchingRunRepository runs, ProposalRepository proposals, MatchingProblemLoader loader,
            ExplanationJson explanationJson, ApplicationEventPublisher events, Clock clock, RunLease lease) {
        this.lease = lease;
        this.runs = runs;
        this.proposals = proposals;
        this.loader = loader;
        this.explanationJson = explanationJson;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes the lease for a new run {@code runId}, unless another run holds it: then that run's id.
     * A lease past its expiry is taken over, and the run it named is marked FAILED (its instance died).
     */
    @Transactional
    public Optional<UUID> claim(UUID runId) {
        RunLease.State state = lease.lock();
        if (state.heldAt(clock.instant())) {
            return Optional.of(state.runId());
        }
        failSolvingRuns(null); // nobody holds a live lease: no run is being solved
        lease.take(runId);
        return Optional.empty();
    }

    /** Asks the instance solving {@code runId} to stop it; false when no instance holds its lease. */
    @Transactional
    public boolean requestStop(UUID runId) {
        return lease.requestStop(runId);
    }

    /** Gives the lease back for a run that could not start (its snapshot could not be read). */
    @Transactional
    public void abandon(UUID runId) {
        lease.release(runId);
    }

    /**
     * Keeps this instance's lease on a run it solves and writes the run's best score so far (read
     * by every instance for its progress events); says whether a stop was asked for meanwhile, or
     * whether the lease was lost (taken over after this instance failed to renew it in time).
     */
    @Transactional
    public RunLease.Renewal heartbeat(UUID runId, String bestScore, int assigned) {
        RunLease.Renewal renewal = lease.renew(runId);
        if (renewal != RunLease.Renewal.LOST) {
            runs.recordProgress(runId, bestScore, assigned);
        }
        return renewal;
    }

    @Transactional
    public MatchingRun started(UUID runId, int seconds, UUID actorId, MatchingProblem problem) {
        MatchingRun run = runs.save(new MatchingRun(runId, seconds, actorId, clock.instant(),
                problem.families().size(), problem.offers().size()));
        events.publishEvent(new RunEvent(runId, actorId, "MATCHING_RUN_STARTED"));
        return run;
    }

    /**
     * The run's best solution becomes its proposals. Each pair is checked again against the data as
     * it is now: a family no longer READY, an offer no longer available or a pair that now breaks
     * a hard rule or was rejected meanwhile is not proposed (the family is listed as unassigned).
     * {@code notice}: what the run should say about its answer (the time limit stopped the exact phase), or null;
     * {@code mediumProven}: with a notice, the medium was proven optimal all the same.
     */
    @Transactional
    public MatchingRun finished(UUID runId, MatchingProblem runProblem, MatchingSolution best, String notice,
                                boolean mediumProven) {
        MatchingRun run = runs.findById(runId).orElseThrow();
        if (!lease.release(runId)) {
            return leaseLost(run);
        }
        if (best.getScore() != null && best.getScore().hardScore() < 0) {
            // Pinned placements approved with an override (H10–H12) count here too.
            log.info("Matching run {} ended with hard-rule breaks ({}); no proposal breaks one", runId,
                    best.getScore());
        }
        CurrentFacts now = CurrentFacts.of(loader.load().toSolution());
        // An undecided pair the run proposes again stays the same proposal; the others are superseded.
        Map<List<UUID>, Proposal> undecided = new HashMap<>();
        for (Proposal proposal : proposals.findByStatus(ProposalStatus.PROPOSED)) {
            if (undecided.putIfAbsent(List.of(proposal.getFamilyId(), proposal.getOfferId()), proposal) != null) {
                proposal.supersede();
            }
        }

        ProposalExplanations explanations = new ProposalExplanations(best, runProblem);
        Set<String> offersProposed = new HashSet<>();
        List<Proposal> created = new ArrayList<>();
        List<UnassignedFamily> left = new ArrayList<>();
        int assigned = 0;
        int renewed = 0;
        for (Assignment assignment : best.getAssignments()) {
            if (assignment.isPinned()) {
                assigned++;
                continue;
            }
            MatchableFamily family = runProblem.family(assignment.getFamily().id());
            OfferFact offer = assignment.getOffer();
            if (offer == null || !now.stillProposable(assignment.getFamily(), offer)
                    || !offersProposed.add(offer.id())) {
                left.add(new UnassignedFamily(family.id(), family.reference(), family.members().size(),
                        family.urgency(), family.readyAt()));
                continue;
            }
            assigned++;
            List<ExplanationLine> lines = explanations.of(assignment).stream()
                    .map(ExplanationLine::of)
                    .toList();
            long score = -lines.stream().mapToLong(ExplanationLine::penalty).sum();
            Proposal.ProposalSnapshot snapshot = ManualProposals.snapshot(family, runProblem.offer(offer.id()),
                    Pairs.distanceKm(assignment.getFamily(), offer));
            Proposal kept = undecided.remove(List.of(snapshot.familyId(), snapshot.offerId()));
            if (kept != null) {
                kept.renew(runId, snapshot, score, explanationJson.write(lines));
                renewed++;
            } else {
                created.add(new Proposal(runId, snapshot, score, explanationJson.write(lines), clock.instant()));
            }
        }
        undecided.values().forEach(Proposal::supersede);
        proposals.saveAll(created);
        run.finish(best.getScore() == null ? null : best.getScore().toString(), assigned, created.size() + renewed,
                left, notice, mediumProven, clock.instant());
        events.publishEvent(new RunEvent(runId, null, "MATCHING_RUN_FINISHED"));
        return run;
    }

    @Transactional
    public MatchingRun ended(UUID runId, RunStatus status, String lastScore, int assigned, String reason) {
        MatchingRun run = runs.findById(runId).orElseThrow();
        if (!lease.release(runId)) {
            return leaseLost(run);
        }
        run.end(status, lastScore, assigned, reason, clock.instant());
        events.publishEvent(new RunEvent(runId, null, "MATCHING_RUN_" + status.name()));
        return run;
    }

    /**
     * Runs whose solver is gone are marked FAILED: every SOLVING run but the one named by a live
     * lease (its instance died, or stopped before recording the end), and an expired lease is
     * freed. {@code singleProcess}: nothing else can be solving (an H2 database, at start), so
     * even a lease that looks live is left over from a crash.
     */
    @Transactional
    public void failAbandonedRuns(boolean singleProcess) {
        RunLease.State state = lease.lock();
        boolean live = !singleProcess && state.heldAt(clock.instant());
        failSolvingRuns(live ? state.runId() : null);
        if (!live && state.runId() != null) {
            lease.free();
        }
    }

    private void failSolvingRuns(UUID exceptRunId) {
        Instant now = clock.instant();
        for (MatchingRun run : runs.findByStatus(RunStatus.SOLVING)) {
            if (!run.getId().equals(exceptRunId)) {
                log.warn("Matching run {} was left solving by an instance that stopped; it is marked FAILED", run.getId());
                run.end(RunStatus.FAILED, run.getScore(), run.getAssigned(), "Haven stopped during the run", now);
                events.publishEvent(new RunEvent(run.getId(), null, "MATCHING_RUN_FAILED"));
            }
        }
    }

    /** This instance lost the run's lease (it was too slow to renew it) and another ended the run: nothing is written. */
    private MatchingRun leaseLost(MatchingRun run) {
        log.warn("Matching run {} was taken over as FAILED while this instance solved it; its result is dropped",
                run.getId());
        return run;
    }

    /** The families, offers, rejections and policy as they are when the run ends. */
    private record CurrentFacts(Map<String, FamilyFact> families, Map<String, OfferFact> offers,
                                Set<RejectedPair> rejected, MatchingSolution solution) {

        static CurrentFacts of(MatchingSolution current) {
            return new CurrentFacts(
                    current.getAssignments().stream().map(Assignment::getFamily)
                            .collect(Collectors.toMap(FamilyFact::id, Function.identity())),
                    current.getOffers().stream().collect(Collectors.toMap(OfferFact::id, Function.identity())),
                    Set.copyOf(current.getRejectedPairs()), current);
        }

        boolean stillProposable(FamilyFact runFamily, OfferFact runOffer) {
            FamilyFact family = families.get(runFamily.id());
            OfferFact offer = offers.get(runOffer.id());
            return family != null && offer != null
                    && !rejected.contains(new RejectedPair(family.id(), offer.id()))
                    && PairExplanation.passesHardRules(family, offer, solution.getPolicy());
        }
    }
}
