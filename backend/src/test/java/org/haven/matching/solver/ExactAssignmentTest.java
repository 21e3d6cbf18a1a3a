package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.matching.solver.Fixtures.DAY;
import static org.haven.matching.solver.Fixtures.family;
import static org.haven.matching.solver.Fixtures.lead;
import static org.haven.matching.solver.Fixtures.offer;
import static org.haven.matching.solver.Fixtures.relative;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.haven.family.Urgency;
import org.haven.host.StepFree;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

class ExactAssignmentTest {

    private static final double KM_PER_DEGREE_LAT = 111.19;

    private static MatchingSolution run(List<OfferFact> offers, List<RejectedPair> rejected, Assignment... assignments) {
        return new MatchingSolution(Policy.DEFAULTS, List.of(), offers, rejected, List.of(assignments));
    }

    private static List<String> offerIds(ExactAssignment.Result result) {
        return result.offers().stream().map(offer -> offer == null ? "-" : offer.id()).toList();
    }

    @Test
    void moreWeightedPeopleBeatFewer() {
        OfferFact o1 = offer().id("o1").bedrooms(3).maxGuests(4).build();
        FamilyFact two = family().id("f1").build(); // mother and son: 2 people, 2 bedrooms
        FamilyFact three = family().id("f2").members(lead(Sex.F, 40), relative(Sex.F, 40), relative(Sex.F, 40)).build();
        var result = ExactAssignment.solve(run(List.of(o1), List.of(),
                Assignment.unassigned(two, List.of(o1)), Assignment.unassigned(three, List.of(o1))));
        assertThat(offerIds(result)).containsExactly("-", "o1");
        // f1 unhoused: 2 × 1; f2 in o1: one spare bed.
        assertThat(result.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, -2, -10));
    }

    @Test
    void urgencyBeatsSize() {
        OfferFact o1 = offer().id("o1").bedrooms(3).maxGuests(3).build();
        FamilyFact critical = family().id("f1").urgency(Urgency.CRITICAL).build();
        FamilyFact three = family().id("f2").members(lead(Sex.F, 40), relative(Sex.F, 40), relative(Sex.F, 40)).build();
        var result = ExactAssignment.solve(run(List.of(o1), List.of(),
                Assignment.unassigned(critical, List.of(o1)), Assignment.unassigned(three, List.of(o1))));
        assertThat(offerIds(result)).containsExactly("o1", "-");
        assertThat(result.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, -3, -10));
    }

    @Test
    void softDecidesAmongEquallyHousedAnswers() {
        // o1 in Leeds, o2 20 km north with a spare bed. f1 wants Leeds; f2 gave no location.
        OfferFact o1 = offer().id("o1").build();
        OfferFact o2 = offer().id("o2").maxGuests(3).at(53.80 + 20 / KM_PER_DEGREE_LAT, -1.55).build();
        FamilyFact f1 = family().id("f1").at(53.80, -1.55).build();
        FamilyFact f2 = family().id("f2").build();
        // f1→o1 0 + f2→o2 10 = 10; f1→o2 (20 + 10) + f2→o1 0 = 30.
        var result = ExactAssignment.solve(run(List.of(o1, o2), List.of(),
                Assignment.unassigned(f2, List.of(o1, o2)), Assignment.unassigned(f1, List.of(o1, o2))));
        assertThat(offerIds(result)).containsExactly("o2", "o1");
        assertThat(result.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, 0, -10));
    }

    @Test
    void augmentingPathMovesAnEarlierFamily() {
        // f1 alone would take o1 (cheapest); f2 can only use o1, so f1 must move to o2.
        OfferFact o1 = offer().id("o1").build();
        OfferFact o2 = offer().id("o2").from(DAY.plusDays(5)).stepFree(StepFree.NONE).build();
        FamilyFact f1 = family().id("f1").build();
        FamilyFact f2 = family().id("f2").needsStepFree().build();
        var result = ExactAssignment.solve(run(List.of(o1, o2), List.of(),
                Assignment.unassigned(f1, List.of(o1, o2)), Assignment.unassigned(f2, List.of(o1, o2))));
        assertThat(offerIds(result)).containsExactly("o2", "o1");
        assertThat(result.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, 0, -5));
    }

    @Test
    void pinnedPairsStayAndBlockTheirOfferAndRejectedPairsAreNeverUsed() {
        OfferFact o1 = offer().id("o1").build();
        OfferFact o2 = offer().id("o2").build();
        FamilyFact f1 = family().id("f1").build();
        FamilyFact f2 = family().id("f2").build();
        var result = ExactAssignment.solve(run(List.of(o1, o2), List.of(new RejectedPair("f2", "o2")),
                Assignment.pinned(f1, o1), Assignment.unassigned(f2, List.of(o1, o2))));
        assertThat(offerIds(result)).containsExactly("o1", "-");
        assertThat(result.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, -2, 0));
    }

    @Test
    void thePhaseSteersLinkedFamiliesTogetherWithoutHousingFewer() {
        // f2 alone would take o3 (22 km north, no wait); next to its partner in o1 it waits 5 days
        // in o2 instead of paying S6 (22 − 10) × 5 = 60.
        OfferFact o1 = offer().id("o1").build();
        OfferFact o2 = offer().id("o2").from(DAY.plusDays(5)).build();
        OfferFact o3 = offer().id("o3").at(53.80 + 22 / KM_PER_DEGREE_LAT, -1.55).build();
        FamilyFact f1 = family().id("f1").linked("f2").build();
        FamilyFact f2 = family().id("f2").build();
        MatchingSolution solution = run(List.of(o1, o2, o3), List.of(),
                Assignment.unassigned(f1, List.of(o1)), Assignment.unassigned(f2, List.of(o2, o3)));
        ExactAssignment.Result withoutS6 = ExactAssignment.solve(solution);
        assertThat(offerIds(withoutS6)).containsExactly("o1", "o3");

        List<OfferFact> steered = ExactAssignmentPhase.steerByLinks(solution, withoutS6);
        assertThat(steered).extracting(OfferFact::id).containsExactly("o1", "o2");
        for (int i = 0; i < steered.size(); i++) {
            solution.getAssignments().get(i).setOffer(steered.get(i));
        }
        assertThat(ReferenceScorer.score(solution)).isEqualTo(HardMediumSoftScore.of(0, 0, -5));
    }

    @Test
    void keepsAnUndecidedProposalWhenMovingWouldGainLessThanItsWeight() {
        // f1 held o2 (20 km away) from the previous run; o1 is on its doorstep: moving saves 20 < 50.
        OfferFact o1 = offer().id("o1").build();
        OfferFact o2 = offer().id("o2").at(53.80 + 20 / KM_PER_DEGREE_LAT, -1.55).build();
        FamilyFact f1 = family().id("f1").at(53.80, -1.55).build().withPreviousOffer("o2");
        var kept = ExactAssignment.solve(run(List.of(o1, o2), List.of(), Assignment.unassigned(f1, List.of(o1, o2))));
        assertThat(offerIds(kept)).containsExactly("o2");
        assertThat(kept.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, 0, -20));

        // 60 km away, moving saves 60 > 50: the new run moves the family and pays S7.
        OfferFact far = offer().id("o2").at(53.80 + 60 / KM_PER_DEGREE_LAT, -1.55).build();
        var moved = ExactAssignment.solve(run(List.of(o1, far), List.of(), Assignment.unassigned(f1, List.of(o1, far))));
        assertThat(offerIds(moved)).containsExactly("o1");
        assertThat(moved.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, 0, -50));
    }

    @Test
    void housingMorePeopleStillComesBeforeKeepingAProposal() {
        // f1 (2 people) held o1; f2 (3 people) fits only o1. The medium level decides: f2 takes it.
        OfferFact o1 = offer().id("o1").bedrooms(3).maxGuests(3).build();
        FamilyFact f1 = family().id("f1").build().withPreviousOffer("o1");
        FamilyFact f2 = family().id("f2").members(lead(Sex.F, 40), relative(Sex.F, 40), relative(Sex.F, 40)).build();
        var result = ExactAssignment.solve(run(List.of(o1), List.of(),
                Assignment.unassigned(f1, List.of(o1)), Assignment.unassigned(f2, List.of(o1))));
        assertThat(offerIds(result)).containsExactly("-", "o1");
        assertThat(result.scoreWithoutS6()).isEqualTo(HardMediumSoftScore.of(0, -2, -50));
    }

    @Test
    void agreesWithBruteForceAndTheReferenceScorerOnRandomTinyRuns() {
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            MatchingSolution solution = randomTinyRun(random, 1 + random.nextInt(7), 1 + random.nextInt(7));
            ExactAssignment.Result result = ExactAssignment.solve(solution);
            long[] best = bruteForce(solution);
            assertThat(new long[] {result.unhousedWeight(), result.softCost()}).as("round %d", round).isEqualTo(best);

            for (int i = 0; i < solution.getAssignments().size(); i++) {
                solution.getAssignments().get(i).setOffer(result.offers().get(i));
            }
            assertThat(ReferenceScorer.score(solution)).as("round %d", round).isEqualTo(result.scoreWithoutS6());
        }
    }

    /** (unhoused weight, soft) of the lexicographically best assignment, by trying every one. */
    private static long[] bruteForce(MatchingSolution solution) {
        List<Assignment> assignments = solution.getAssignments();
        Set<String> used = new HashSet<>();
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
        long fixedUnhoused = 0;
        long fixedSoft = 0;
        for (Assignment assignment : assignments) {
            if (assignment.isPinned()) {
                used.add(assignment.getOffer().id());
                fixedSoft += ReferenceScorer.pairSoft(assignment.getFamily(), assignment.getOffer(), solution.getPolicy())
                        + keep(assignment.getFamily(), assignment.getOffer(), solution.getPolicy());
            }
        }
        search(solution, 0, used, fixedUnhoused, fixedSoft, best);
        return best;
    }

    private static void search(MatchingSolution solution, int index, Set<String> used, long unhoused, long soft,
                               long[] best) {
        List<Assignment> assignments = solution.getAssignments();
        if (index == assignments.size()) {
            if (unhoused < best[0] || unhoused == best[0] && soft < best[1]) {
                best[0] = unhoused;
                best[1] = soft;
            }
            return;
        }
        Assignment assignment = assignments.get(index);
        if (assignment.isPinned()) {
            search(solution, index + 1, used, unhoused, soft, best);
            return;
        }
        FamilyFact family = assignment.getFamily();
        Policy policy = solution.getPolicy();
        search(solution, index + 1, used, unhoused + PairCosts.housedWeight(family, policy),
                soft + keep(family, null, policy), best);
        for (OfferFact offer : assignment.getCandidates()) {
            if (used.contains(offer.id())
                    || ReferenceScorer.hardBreaks(family, offer, policy, solution.getRejectedPairs()) > 0) {
                continue;
            }
            used.add(offer.id());
            search(solution, index + 1, used, unhoused,
                    soft + ReferenceScorer.pairSoft(family, offer, policy) + keep(family, offer, policy), best);
            used.remove(offer.id());
        }
    }

    /** S7 as docs/matching.md words it, for the brute force. */
    private static long keep(FamilyFact family, OfferFact offer, Policy policy) {
        String previous = family.previousOfferId();
        return previous != null && (offer == null || !previous.equals(offer.id())) ? policy.keepProposalWeight() : 0;
    }

    private static MatchingSolution randomTinyRun(Random random, int familyCount, int offerCount) {
        List<OfferFact> offers = new ArrayList<>();
        for (int i = 0; i < offerCount; i++) {
            int bedrooms = 1 + random.nextInt(3);
            offers.add(offer().id("o" + i).bedrooms(bedrooms).maxGuests(bedrooms + random.nextInt(3))
                    .at(53.8 + random.nextDouble() * 0.3, -1.55 + random.nextDouble() * 0.3)
                    .from(DAY.plusDays(random.nextInt(20)))
                    .until(random.nextBoolean() ? null : DAY.plusDays(150 + random.nextInt(300)))
                    .stepFree(random.nextInt(4) == 0 ? StepFree.NONE : StepFree.ALL)
                    .host(Fixtures.host().languages(random.nextBoolean() ? "en" : "uk").build())
                    .build());
        }
        List<Assignment> assignments = new ArrayList<>();
        List<RejectedPair> rejected = new ArrayList<>();
        Set<String> pinnedOffers = new HashSet<>();
        for (int i = 0; i < familyCount; i++) {
            var builder = family().id("f" + i).urgency(Urgency.values()[random.nextInt(3)])
                    .neededFrom(DAY.plusDays(random.nextInt(10))).stay(3 + random.nextInt(12))
                    .languages(random.nextBoolean() ? "en" : "uk");
            switch (random.nextInt(3)) {
                case 0 -> builder.members(lead(Sex.F, 30));
                case 1 -> builder.members(lead(Sex.M, 30), relative(Sex.F, 30));
                default -> { /* mother and son */ }
            }
            if (random.nextBoolean()) {
                builder.at(53.8 + random.nextDouble() * 0.3, -1.55 + random.nextDouble() * 0.3);
            }
            if (random.nextInt(5) == 0) {
                builder.needsStepFree();
            }
            FamilyFact family = builder.build();
            if (random.nextInt(3) == 0) {
                // S7: an undecided proposal of the previous run, to a random offer (feasible or not).
                family = family.withPreviousOffer(offers.get(random.nextInt(offerCount)).id());
            }
            if (random.nextInt(10) == 0) {
                OfferFact offer = offers.get(random.nextInt(offerCount));
                if (ReferenceScorer.hardBreaks(family, offer, Policy.DEFAULTS, List.of()) == 0
                        && pinnedOffers.add(offer.id())) {
                    assignments.add(Assignment.pinned(family, offer));
                    continue;
                }
            }
            if (random.nextInt(4) == 0) {
                rejected.add(new RejectedPair(family.id(), offers.get(random.nextInt(offerCount)).id()));
            }
            List<OfferFact> candidates = offers.stream().filter(o -> random.nextInt(5) > 0).toList();
            assignments.add(Assignment.unassigned(family, candidates));
        }
        return new MatchingSolution(Policy.DEFAULTS, List.of(), offers, rejected, assignments);
    }
}
