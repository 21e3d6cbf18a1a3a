package org.haven.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.Candidates;
import org.haven.matching.solver.ExactAssignment;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.ReferenceScorer;

/** The benchmark's generator, baseline, exact phase and command on small runs (each test well under a few seconds). */
class BenchPiecesTest {

    @Test
    void generatedCandidatesAreOffersBreakingNoHardRuleAsManyAsAStartingListHolds() {
        MatchingSolution run = InstanceGenerator.generate(300, 5, true);
        Set<OfferFact> pinnedOffers = new HashSet<>();
        run.getAssignments().stream().filter(Assignment::isPinned).forEach(a -> pinnedOffers.add(a.getOffer()));
        assertThat(run.getRejectedPairs()).isNotEmpty();
        int candidates = 0;
        for (Assignment assignment : run.getAssignments()) {
            if (assignment.isPinned()) {
                continue;
            }
            Set<OfferFact> listed = new HashSet<>(assignment.getCandidates());
            candidates += listed.size();
            int feasibleCount = 0;
            for (OfferFact offer : run.getOffers()) {
                boolean feasible = !pinnedOffers.contains(offer)
                        && ReferenceScorer.hardBreaks(assignment.getFamily(), offer, run.getPolicy(), run.getRejectedPairs()) == 0;
                feasibleCount += feasible ? 1 : 0;
                assertThat(!listed.contains(offer) || feasible).as("%s %s", assignment.getFamily(), offer).isTrue();
            }
            // The starting list (less a rejected or a pinned offer taken from it); pricing finds the rest.
            assertThat(listed.size()).as("%s", assignment.getFamily())
                    .isBetween(Math.min(Candidates.CHEAPEST, feasibleCount) - 1 - pinnedOffers.size(), Candidates.CHEAPEST);
        }
        assertThat(candidates).isGreaterThan(300);
        // Same size and seed, same run.
        MatchingSolution again = InstanceGenerator.generate(300, 5, true);
        assertThat(again.getAssignments().stream().map(a -> a.getCandidates().toString()).toList())
                .isEqualTo(run.getAssignments().stream().map(a -> a.getCandidates().toString()).toList());
    }

    @Test
    void greedyBreaksNoRuleAndNeverBeatsTheOptimum() {
        MatchingSolution run = InstanceGenerator.generate(400, 11, false);
        ExactAssignment.Result exact = ExactAssignment.solve(run);
        HardMediumSoftScore greedy = score(run, GreedyBaseline.solve(run));
        HardMediumSoftScore optimum = score(run, exact.offers());
        assertThat(optimum).isEqualTo(exact.scoreWithoutS6());
        assertThat(greedy.hardScore()).isZero();
        assertThat(greedy).isLessThanOrEqualTo(optimum);
    }

    @Test
    void havenSolverStartsAtTheOptimumAndKeepsItsMedium() {
        MatchingSolution plain = InstanceGenerator.generate(300, 3, false);
        HardMediumSoftScore optimum = ExactAssignment.solve(plain).scoreWithoutS6();
        MatchingSolution solved = SolverFactory.<MatchingSolution>create(
                BenchSolverConfigs.haven(Duration.ofSeconds(2), Duration.ofMillis(200))).buildSolver().solve(plain);
        assertThat(solved.getScore()).isEqualTo(optimum);

        MatchingSolution linked = InstanceGenerator.generate(300, 3, true);
        HardMediumSoftScore bound = ExactAssignment.solve(linked).scoreWithoutS6();
        MatchingSolution solvedLinked = SolverFactory.<MatchingSolution>create(
                BenchSolverConfigs.haven(Duration.ofSeconds(2), Duration.ofMillis(300))).buildSolver().solve(linked);
        assertThat(solvedLinked.getScore().hardScore()).isZero();
        assertThat(solvedLinked.getScore().mediumScore()).isEqualTo(bound.mediumScore());
        assertThat(solvedLinked.getScore()).isLessThanOrEqualTo(bound).isEqualTo(ReferenceScorer.score(solvedLinked));
    }

    @Test
    void benchPrintsOneRowPerSize() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = BenchCommand.run(new String[] {"--families", "40,60", "--seconds", "1", "--plain-max", "40"},
                new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(out).contains("| 40 | 48 |").contains("| 60 | 72 |").contains("skipped");

        ByteArrayOutputStream usage = new ByteArrayOutputStream();
        assertThat(BenchCommand.run(new String[] {"--seconds", "1"}, System.out,
                new PrintStream(usage, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(usage.toString(StandardCharsets.UTF_8)).startsWith("bench: --families is required")
                .contains(BenchCommand.USAGE);
    }

    @Test
    void allowedPairsAreEveryPairTheRulesAllowWhateverTheDistance() {
        MatchingSolution run = InstanceGenerator.generate(200, 4, false, true);
        Set<OfferFact> pinnedOffers = new HashSet<>();
        run.getAssignments().stream().filter(Assignment::isPinned).forEach(a -> pinnedOffers.add(a.getOffer()));
        Set<org.haven.matching.solver.RejectedPair> rejected = new HashSet<>(run.getRejectedPairs());
        long everyPair = run.getAssignments().stream().filter(assignment -> !assignment.isPinned())
                .mapToLong(assignment -> run.getOffers().stream().filter(offer -> !pinnedOffers.contains(offer)
                        && Candidates.allowed(assignment.getFamily(), offer, rejected, run.getPolicy())).count())
                .sum();

        assertThat(AllowedPairs.count(run)).isEqualTo(everyPair);
    }

    @Test
    void aRealisticRowGivesTheCertificateAndAllAllowedPairsAgainstThePairsHeld() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = BenchCommand.run(new String[] {"--families", "300", "--seconds", "1", "--plain-max", "0",
                "--realistic"}, new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
        String[] cells = bytes.toString(StandardCharsets.UTF_8).lines().filter(line -> line.startsWith("| 300 |"))
                .findFirst().orElseThrow().split("\\|");

        assertThat(status).isZero();
        long allowed = Long.parseLong(cells[3].trim().replace(",", ""));
        long held = Long.parseLong(cells[4].trim().replace(",", ""));
        assertThat(held).isPositive().isLessThan(allowed);
        assertThat(Integer.parseInt(cells[9].trim())).as("pricing passes").isPositive();
        assertThat(cells[11].trim()).isEqualTo("yes");
    }

    @Test
    void aRerunWithS7KeepsAtLeastAsManyProposalsAsWithoutAndHousesAsManyPeople() {
        RerunStability.Result result = RerunStability.measure(300, 3, false, false, Duration.ofSeconds(2));

        assertThat(result.proposals()).isGreaterThan(50);
        // Both re-runs are exact optima without S6: the same medium, and S7 only trades soft terms.
        assertThat(result.mediumWithS7()).isEqualTo(result.mediumWithoutS7());
        assertThat(result.keptWithS7()).isGreaterThanOrEqualTo(result.keptWithoutS7());
        assertThat(result.keptWithS7()).as("most proposals survive three new families")
                .isGreaterThan(result.proposals() * 9 / 10);
        assertThat(result.row(300, 3)).startsWith("| 300 | 3 | ");
    }

    private static HardMediumSoftScore score(MatchingSolution run, List<OfferFact> offers) {
        for (int i = 0; i < offers.size(); i++) {
            run.getAssignments().get(i).setOffer(offers.get(i));
        }
        SolutionManager<MatchingSolution, HardMediumSoftScore> manager = SolutionManager.create(
                SolverFactory.create(BenchSolverConfigs.plain(Duration.ofSeconds(1))));
        HardMediumSoftScore score = manager.update(run);
        assertThat(score).isEqualTo(ReferenceScorer.score(run));
        return score;
    }
}
