package org.haven.matching.solver;

import org.haven.matching.bench.InstanceGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.haven.matching.solver.io.InstanceConverter;
import org.haven.matching.solver.io.InstanceExport;
import org.junit.jupiter.api.Test;

/**
 * The whole-job deadline inside the solver: stopped steps still give a feasible answer and say so.
 * The deadline runs on a clock that ticks once per look, so each test stops after a known amount
 * of work, whatever the machine's load.
 */
class TimeLimitTest {

    /** A clock that moves one nanosecond each time it is read. */
    private static Deadline afterLooks(long looks) {
        AtomicLong now = new AtomicLong();
        return Deadline.after(Duration.ofNanos(looks), now::incrementAndGet);
    }

    @Test
    void realisticDensityLeavesSomeFamiliesWithoutCapOrLocationAndMorePairs() {
        MatchingSolution plain = InstanceGenerator.generate(400, 7, false, false);
        MatchingSolution realistic = InstanceGenerator.generate(400, 7, false, true);

        long noCap = realistic.getAssignments().stream().map(Assignment::getFamily)
                .filter(family -> family.maxDistanceKm() == null).count();
        long noLocation = realistic.getAssignments().stream().map(Assignment::getFamily)
                .filter(family -> !family.hasLocation()).count();
        assertThat(noCap).isBetween(40L, 120L); // 18 % of 400 expected (15 % no cap, 3 % no location)
        assertThat(noLocation).isBetween(3L, 30L);
        assertThat(plain.getAssignments()).allMatch(a -> a.getFamily().maxDistanceKm() != null);
        assertThat(allowedPairs(realistic)).isGreaterThan(3 * allowedPairs(plain) / 2);
        // The same run otherwise: same families, same members.
        assertThat(realistic.getAssignments().get(0).getFamily().members())
                .isEqualTo(plain.getAssignments().get(0).getFamily().members());
    }

    private static long allowedPairs(MatchingSolution run) {
        Set<RejectedPair> rejected = new HashSet<>(run.getRejectedPairs());
        return run.getAssignments().stream().mapToLong(assignment -> run.getOffers().stream()
                .filter(offer -> Candidates.allowed(assignment.getFamily(), offer, rejected, run.getPolicy())).count()).sum();
    }

    @Test
    void aGeneratedRunWrittenAsAnInstanceFileReadsBackToTheSameCandidates() {
        MatchingSolution run = InstanceGenerator.generate(150, 3, true, true);
        MatchingSolution read = InstanceConverter.toSolution(InstanceExport.of(run));

        assertThat(read.getAssignments()).hasSameSizeAs(run.getAssignments());
        assertThat(ExactAssignment.solve(read).scoreWithoutS6()).isEqualTo(ExactAssignment.solve(run).scoreWithoutS6());
        assertThat(read.getAssignments().stream().filter(Assignment::isPinned).map(Assignment::toString).toList())
                .isEqualTo(run.getAssignments().stream().filter(Assignment::isPinned).map(Assignment::toString).toList());
    }

    @Test
    void anExactSolveStoppedMidwayKeepsWhatItSolvedAndFillsTheRestGreedilyWithoutBreakingARule() {
        MatchingSolution run = InstanceGenerator.generate(600, 5, false, true);
        ExactAssignment.Result optimum = ExactAssignment.solve(run);
        int movable = optimum.families();
        // One look per family while building the pairs, then one per family solved (and a few inside long searches).
        ExactAssignment.Result stopped = ExactAssignment.solve(run, null, afterLooks(movable + 150L));

        assertThat(optimum.complete()).isTrue();
        assertThat(stopped.complete()).isFalse();
        assertThat(stopped.familiesSolved()).isBetween(1, 150);
        assertThat(stopped.families()).isEqualTo(movable);
        assertNoHardBreak(run, stopped.offers());
        // Families past the stop were still housed from the offers left free.
        assertThat(stopped.housedWeight()).isGreaterThan(optimum.housedWeight() / 2);
        assertThat(stopped.unhousedWeight()).isGreaterThanOrEqualTo(optimum.unhousedWeight());
    }

    @Test
    void aSolveWhoseDeadlineHasPassedLeavesEveryMovableFamilyUnassigned() {
        MatchingSolution run = InstanceGenerator.generate(100, 2, false, true);
        ExactAssignment.Result stopped = ExactAssignment.solve(run, null, afterLooks(0));

        assertThat(stopped.familiesSolved()).isZero();
        assertNoHardBreak(run, stopped.offers());
        for (int i = 0; i < run.getAssignments().size(); i++) {
            Assignment assignment = run.getAssignments().get(i);
            assertThat(stopped.offers().get(i)).isEqualTo(assignment.isPinned() ? assignment.getOffer() : null);
        }
    }

    @Test
    void candidatesStoppedByTheirDeadlineLeaveTheLeastWeightedFamiliesOutAndTheOutcomeSaysSo() {
        MatchingSolution run = InstanceGenerator.generate(300, 9, false, true);
        MatchingSolution full = InstanceConverter.toSolution(InstanceExport.of(run));
        ExactPhaseOutcome outcome = new ExactPhaseOutcome();
        // One look per family: the 100 most weighted get their candidates.
        MatchingSolution cut = InstanceConverter.toSolution(InstanceExport.of(run), afterLooks(101), outcome);

        List<Long> kept = new ArrayList<>();
        List<Long> left = new ArrayList<>();
        for (int i = 0; i < full.getAssignments().size(); i++) {
            Assignment all = full.getAssignments().get(i);
            List<OfferFact> listed = cut.getAssignments().get(i).getCandidates();
            long weight = PairCosts.housedWeight(all.getFamily(), run.getPolicy());
            if (all.isPinned() || all.getCandidates().isEmpty()) {
                continue;
            }
            assertThat(listed).as(all.getFamily().id()).satisfiesAnyOf(
                    list -> assertThat(list).isEmpty(), list -> assertThat(list).isEqualTo(all.getCandidates()));
            (listed.isEmpty() ? left : kept).add(weight);
        }
        assertThat(left).isNotEmpty();
        assertThat(kept).isNotEmpty().hasSizeLessThanOrEqualTo(100);
        assertThat(left.stream().mapToLong(Long::longValue).max().orElseThrow())
                .isLessThanOrEqualTo(kept.stream().mapToLong(Long::longValue).min().orElseThrow());

        ExactAssignment.Result result = ExactAssignment.solve(cut);
        outcome.record(result);
        assertThat(result.complete()).isTrue();
        assertThat(outcome.stoppedEarly()).isTrue();
        // Candidates are built side by side in small batches, so a few fewer than 100 looks' worth.
        assertThat(outcome.familiesSolved()).isBetween(kept.size(), 100);
        assertThat(outcome.notice()).isEqualTo("exact phase stopped at the time limit after %d of %,d families; "
                .formatted(outcome.familiesSolved(), result.families()) + "the answer is feasible but may not be optimal");
    }

    @Test
    void aFinishedExactPhaseHasNoNotice() {
        MatchingSolution run = InstanceGenerator.generate(50, 2, false, false);
        ExactPhaseOutcome outcome = new ExactPhaseOutcome();
        outcome.record(ExactAssignment.solve(run));
        assertThat(outcome.stoppedEarly()).isFalse();
        assertThat(outcome.notice()).isNull();
    }

    @Test
    void aJobStoppedBeforeTheExactPhaseCouldStartSaysNoFamilyWasSolvedExactly() {
        MatchingSolution run = InstanceGenerator.generate(50, 2, false, false);
        ExactPhaseOutcome outcome = new ExactPhaseOutcome();
        outcome.solvingEnded(run);
        long movable = run.getAssignments().stream().filter(a -> !a.isPinned()).count();
        assertThat(outcome.stoppedEarly()).isTrue();
        assertThat(outcome.notice()).startsWith("exact phase stopped at the time limit after 0 of " + movable + " families");
    }

    private static void assertNoHardBreak(MatchingSolution run, List<OfferFact> offers) {
        Set<OfferFact> used = new HashSet<>();
        List<String> broken = new ArrayList<>();
        for (int i = 0; i < offers.size(); i++) {
            OfferFact offer = offers.get(i);
            if (offer == null) {
                continue;
            }
            if (!used.add(offer)) {
                broken.add(offer.id() + " twice");
            }
            Assignment assignment = run.getAssignments().get(i);
            if (!assignment.isPinned()
                    && ReferenceScorer.hardBreaks(assignment.getFamily(), offer, run.getPolicy(), run.getRejectedPairs()) > 0) {
                broken.add(assignment.getFamily().id() + " -> " + offer.id());
            }
        }
        assertThat(broken).isEmpty();
    }
}
