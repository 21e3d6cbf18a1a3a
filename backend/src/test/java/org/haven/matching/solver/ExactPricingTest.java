package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.matching.solver.Fixtures.family;
import static org.haven.matching.solver.Fixtures.lead;
import static org.haven.matching.solver.Fixtures.offer;
import static org.haven.matching.solver.Fixtures.relative;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.haven.family.Urgency;
import org.haven.matching.bench.InstanceGenerator;
import org.haven.matching.solver.io.CandidateFilter;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;

/**
 * The exact phase on each family's starting candidates only ({@link Candidates#starting}) reaches
 * the optimum over every allowed pair, and its pricing certificate says how: the starting lists
 * miss the optimum, pricing adds the pairs it needs, and the last pass finds no pair left out that
 * could improve the answer. Compared with the exact solve over every allowed pair.
 */
class ExactPricingTest {

    @Test
    void pricingAddsThePairTheStartingListsMissed() {
        // Two families in Leeds, one offer in Leeds and one in York: with one starting candidate each,
        // both start with the Leeds offer, so only one could be housed without pricing.
        OfferFact leeds = offer().id("leeds").at(53.80, -1.55).build();
        OfferFact york = offer().id("york").at(53.96, -1.08).build();
        FamilyFact urgent = family().id("urgent").urgency(Urgency.HIGH).at(53.80, -1.55).build();
        FamilyFact normal = family().id("normal").at(53.81, -1.56).build();
        List<OfferFact> offers = List.of(leeds, york);

        MatchingSolution started = startingLists(offers, List.of(), 1, List.of(urgent, normal));
        assertThat(started.getAssignments()).allSatisfy(
                assignment -> assertThat(assignment.getCandidates()).containsExactly(leeds));
        ExactAssignment.Result priced = ExactAssignment.solve(started);
        ExactAssignment.Result overAll = ExactAssignment.solve(allPairs(started));

        assertThat(priced.offers()).containsExactly(leeds, york);
        assertThat(priced.scoreWithoutS6()).isEqualTo(overAll.scoreWithoutS6());
        ExactAssignment.Pricing proof = priced.pricing();
        assertThat(proof.proven()).isTrue();
        assertThat(proof.rounds()).isGreaterThanOrEqualTo(2);
        assertThat(proof.pairsAdded()).isPositive();
        assertThat(proof.firstMaxViolation()).isPositive();
        assertThat(proof.maxViolation()).isZero();
        assertThat(overAll.pricing()).isNull();
    }

    @Test
    void aProvenAnswerNeedsNoPairAdded() {
        OfferFact leeds = offer().id("leeds").at(53.80, -1.55).build();
        OfferFact york = offer().id("york").at(53.96, -1.08).build();
        FamilyFact one = family().id("one").at(53.80, -1.55).build();
        FamilyFact big = family().id("big").members(lead(Sex.F, 40), relative(Sex.F, 40), relative(Sex.F, 40),
                relative(Sex.F, 40), relative(Sex.F, 40), relative(Sex.F, 40), relative(Sex.F, 40)).build();

        ExactAssignment.Result priced = ExactAssignment.solve(
                startingLists(List.of(leeds, york), List.of(), 2, List.of(one, big)));

        assertThat(priced.offers()).containsExactly(leeds, null);
        assertThat(priced.pricing().rounds()).isEqualTo(1);
        assertThat(priced.pricing().pairsAdded()).isZero();
        assertThat(priced.pricing().firstMaxViolation()).isZero();
        assertThat(priced.pricing().proven()).isTrue();
    }

    @Test
    void generatedRealisticRunsReachTheOptimumOverEveryAllowedPair() {
        for (long seed = 1; seed <= 4; seed++) {
            // Families without a cap or a location, pinned and rejected pairs, previous proposals absent.
            MatchingSolution generated = InstanceGenerator.generate(300, seed, false, true);
            List<FamilyFact> families = new ArrayList<>();
            List<Assignment> pinned = new ArrayList<>();
            for (Assignment assignment : generated.getAssignments()) {
                if (assignment.isPinned()) {
                    pinned.add(assignment);
                } else {
                    families.add(assignment.getFamily());
                }
            }
            MatchingSolution started = startingLists(generated.getOffers(), generated.getRejectedPairs(), 2, families);
            started.getAssignments().addAll(pinned);

            ExactAssignment.Result priced = ExactAssignment.solve(started);
            ExactAssignment.Result overAll = ExactAssignment.solve(allPairs(started));

            assertThat(priced.scoreWithoutS6()).as("seed %d", seed).isEqualTo(overAll.scoreWithoutS6());
            assertThat(priced.housedWeight()).isEqualTo(overAll.housedWeight());
            assertThat(priced.pricing().proven()).isTrue();
            assertThat(priced.pricing().pairsAdded()).as("two starting offers are not enough").isPositive();
            assertThat(priced.feasiblePairs()).as("far fewer pairs than all of them").isLessThan(overAll.feasiblePairs());
        }
    }

    @Test
    void aDeadlineAnywhereInThePricingLoopStillGivesAFeasibleAnswerAndOnlyTheLastPassProvesIt() {
        MatchingSolution generated = InstanceGenerator.generate(300, 2, false, true);
        List<FamilyFact> families = generated.getAssignments().stream().filter(assignment -> !assignment.isPinned())
                .map(Assignment::getFamily).toList();
        MatchingSolution started = startingLists(generated.getOffers(), generated.getRejectedPairs(), 2, families);
        ExactAssignment.Result optimum = ExactAssignment.solve(started);
        assertThat(optimum.pricing().rounds()).as("the loop solves again after adding pairs").isGreaterThan(1);

        boolean cutAfterAPass = false;
        ExactAssignment.Result stopped;
        long looks = 0;
        do {
            // A clock read once per look: the deadline falls at each point of the loop in turn, re-solves included.
            stopped = ExactAssignment.solve(started, null, afterLooks(looks));
            looks += 97;
            Set<OfferFact> taken = new HashSet<>();
            for (int i = 0; i < families.size(); i++) {
                OfferFact offer = stopped.offers().get(i);
                if (offer != null) {
                    assertThat(taken.add(offer)).as("offer %s given twice", offer).isTrue();
                    assertThat(Candidates.allowed(families.get(i), offer, Set.copyOf(started.getRejectedPairs()),
                            started.getPolicy())).isTrue();
                }
            }
            cutAfterAPass |= !stopped.complete() && stopped.pricing() != null && stopped.pricing().rounds() > 0;
        } while (!stopped.complete());

        assertThat(cutAfterAPass).isTrue();
        assertThat(stopped.pricing().proven()).isTrue();
        assertThat(stopped.scoreWithoutS6()).isEqualTo(optimum.scoreWithoutS6());
    }

    /**
     * A proof cut short may still prove the medium: wherever the deadline falls, an answer that says
     * so houses the optimum's weight and its soft is within the bound it gives; and some cut says so
     * before the full proof.
     */
    @Test
    void aCutProofThatSaysTheMediumIsProvenHasTheOptimumsMediumAndASoftWithinItsBound() {
        MatchingSolution generated = InstanceGenerator.generate(300, 5, false, true);
        List<FamilyFact> families = generated.getAssignments().stream().filter(assignment -> !assignment.isPinned())
                .map(Assignment::getFamily).toList();
        MatchingSolution started = startingLists(generated.getOffers(), generated.getRejectedPairs(), 2, families);
        ExactAssignment.Result optimum = ExactAssignment.solve(started);
        assertThat(optimum.pricing().proven()).isTrue();

        int mediumOnly = 0;
        ExactAssignment.Result stopped;
        long looks = 0;
        do {
            stopped = ExactAssignment.solve(started, null, afterLooks(looks));
            looks += 31;
            ExactAssignment.Pricing pricing = stopped.pricing();
            ExactPhaseOutcome outcome = new ExactPhaseOutcome();
            outcome.record(stopped);
            boolean onlyMediumProven = pricing != null && pricing.mediumProven() && !pricing.proven()
                    && stopped.familiesSolved() == stopped.families();
            assertThat(outcome.mediumProven()).as("the outcome after %d looks", looks).isEqualTo(onlyMediumProven);
            if (onlyMediumProven) {
                assertThat(outcome.notice()).endsWith(String.format(Locale.ROOT, "; the medium is proven optimal over "
                        + "every allowed pair and the soft is at most %,d above the optimum's", pricing.gapBound()));
            }
            if (pricing != null && pricing.mediumProven()) {
                assertThat(stopped.unhousedWeight()).as("the medium of an answer cut after %d looks", looks)
                        .isEqualTo(optimum.unhousedWeight());
                assertThat(stopped.softCost() - optimum.softCost()).as("its soft above the optimum's")
                        .isBetween(0L, pricing.gapBound());
                if (!pricing.proven()) {
                    mediumOnly++;
                }
            }
        } while (!stopped.complete());

        assertThat(mediumOnly).as("cuts after the medium was proven, before the soft was").isPositive();
    }

    private static Deadline afterLooks(long looks) {
        AtomicLong now = new AtomicLong();
        return Deadline.after(Duration.ofNanos(looks), now::incrementAndGet);
    }

    /** Each family with its {@code count} starting candidates, flagged for pricing. */
    private static MatchingSolution startingLists(List<OfferFact> offers, List<RejectedPair> rejected, int count,
                                                  List<FamilyFact> families) {
        Set<RejectedPair> rejectedSet = new HashSet<>(rejected);
        OfferIndex index = new OfferIndex(offers);
        List<Assignment> assignments = new ArrayList<>();
        for (FamilyFact family : families) {
            assignments.add(Assignment.unassigned(family,
                    Candidates.starting(family, index, rejectedSet, Policy.DEFAULTS, count)));
        }
        return new MatchingSolution(Policy.DEFAULTS, List.of(), offers, rejected, assignments).withCheapestCandidates();
    }

    /** The same run with every allowed pair listed (pinned offers left out), solved without pricing. */
    private static MatchingSolution allPairs(MatchingSolution run) {
        Set<OfferFact> held = new HashSet<>();
        run.getAssignments().stream().filter(Assignment::isPinned).forEach(assignment -> held.add(assignment.getOffer()));
        Set<RejectedPair> rejected = new HashSet<>(run.getRejectedPairs());
        List<OfferFact> free = run.getOffers().stream().filter(offer -> !held.contains(offer)).toList();
        List<Assignment> assignments = new ArrayList<>();
        for (Assignment assignment : run.getAssignments()) {
            assignments.add(assignment.isPinned() ? assignment : Assignment.unassigned(assignment.getFamily(),
                    CandidateFilter.candidates(assignment.getFamily(), free, rejected, run.getPolicy())));
        }
        return new MatchingSolution(run.getPolicy(), run.getHosts(), run.getOffers(), run.getRejectedPairs(), assignments);
    }
}
