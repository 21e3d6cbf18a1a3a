package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.haven.matching.bench.InstanceGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

class LinkedRepairPhaseTest {

    /** About 35 km north of the default offer in Leeds: S6 of a pair split between them is (35 − 10) × 5 = 125. */
    private static final double NORTH = 53.80 + 0.3147;

    /**
     * A and B are linked; A can only take L1 in Leeds (or is placed there already). Without S6 the cheapest answer puts B at N1,
     * 35 km away (S6 125). Bringing B next to A needs a chain of three: B to L2 (30, no shared
     * language), C out of L2 to N2 (30), D out of N2 to N1 (30): 90 in all, the optimum. No single
     * move or swap gets there without breaking a hard rule, and the exact phase's steering (half
     * the S6, 62, on B's offers) does not pay for the chain.
     */
    @ParameterizedTest(name = "A pinned: {0}")
    @ValueSource(booleans = {false, true})
    void reachesTheOptimumThroughAChainTheExactPhaseMisses(boolean pinned) {
        OfferFact l1 = Fixtures.offer().id("L1").groundFloor(false).pets(false).smoking(false).build();
        OfferFact l2 = Fixtures.offer().id("L2").lgbtqi(false).smoking(false).build();
        OfferFact n1 = Fixtures.offer().id("N1").at(NORTH, -1.55).host(Fixtures.host().id("h2").languages("zz").build())
                .lgbtqi(false).pets(false).build();
        OfferFact n2 = Fixtures.offer().id("N2").at(NORTH, -1.55).host(Fixtures.host().id("h3").languages("yy").build())
                .lgbtqi(false).groundFloor(false).build();
        FamilyFact a = Fixtures.family().id("A").needsLgbtqi().linked("B").build();
        FamilyFact b = Fixtures.family().id("B").needsGroundFloor().languages("zz").build();
        FamilyFact c = Fixtures.family().id("C").pets().build();
        FamilyFact d = Fixtures.family().id("D").smoker().languages("yy").build();
        List<OfferFact> offers = List.of(l1, l2, n1, n2);

        HardMediumSoftScore exactOnly = solve(run(offers, pinned, a, b, c, d), new ExactAssignmentPhase());
        HardMediumSoftScore repaired = solve(run(offers, pinned, a, b, c, d), new ExactAssignmentPhase(),
                new LinkedRepairPhase(Deadline.NONE));

        assertThat(exactOnly).isEqualTo(HardMediumSoftScore.of(0, 0, -125));
        assertThat(repaired).isEqualTo(HardMediumSoftScore.of(0, 0, -90));
    }

    /**
     * A's starting list holds only N1 (35 km from B's only offer, L1): the offer it needs, L2 next
     * to B, is allowed but not listed, so no re-solve over the lists can bring the pair together.
     */
    @Test
    void findsAnOfferNearThePartnerOutsideTheStartingList() {
        OfferFact l1 = Fixtures.offer().id("L1").build();
        OfferFact l2 = Fixtures.offer().id("L2").host(Fixtures.host().id("h2").build()).build();
        OfferFact n1 = Fixtures.offer().id("N1").at(NORTH, -1.55).host(Fixtures.host().id("h3").build()).build();
        FamilyFact a = Fixtures.family().id("A").linked("B").build();
        FamilyFact b = Fixtures.family().id("B").build();
        List<OfferFact> offers = List.of(l1, l2, n1);

        HardMediumSoftScore exactOnly = solve(listed(offers, a, n1, b, l1), new ExactAssignmentPhase());
        HardMediumSoftScore repaired = solve(listed(offers, a, n1, b, l1), new ExactAssignmentPhase(),
                new LinkedRepairPhase(Deadline.NONE));

        assertThat(exactOnly).isEqualTo(HardMediumSoftScore.of(0, 0, -125));
        assertThat(repaired).isEqualTo(HardMediumSoftScore.of(0, 0, 0));
    }

    @Test
    void keepsTheMediumAndNeverRaisesTheSoftOnAGeneratedLinkedRun() {
        HardMediumSoftScore exactOnly = solve(InstanceGenerator.generate(300, 3, true), new ExactAssignmentPhase());
        HardMediumSoftScore repaired = solve(InstanceGenerator.generate(300, 3, true), new ExactAssignmentPhase(),
                new LinkedRepairPhase(Deadline.NONE));

        assertThat(repaired.hardScore()).isZero();
        assertThat(repaired.mediumScore()).isEqualTo(exactOnly.mediumScore());
        assertThat(repaired.softScore()).isGreaterThanOrEqualTo(exactOnly.softScore());
    }

    @Test
    void changesNothingWithoutLinkedFamilies() {
        MatchingSolution exact = solveRun(InstanceGenerator.generate(300, 3, false), new ExactAssignmentPhase());
        MatchingSolution repaired = solveRun(InstanceGenerator.generate(300, 3, false), new ExactAssignmentPhase(),
                new LinkedRepairPhase(Deadline.NONE));

        assertThat(repaired.getAssignments().stream().map(Assignment::toString).toList())
                .isEqualTo(exact.getAssignments().stream().map(Assignment::toString).toList());
    }

    /** Every family may take every offer; with {@code firstPinned} the first is already placed on the first offer. */
    private static MatchingSolution run(List<OfferFact> offers, boolean firstPinned, FamilyFact... families) {
        List<Assignment> assignments = Arrays.stream(families)
                .map(family -> firstPinned && family == families[0] ? Assignment.pinned(family, offers.get(0))
                        : Assignment.unassigned(family, offers)).toList();
        return new MatchingSolution(Policy.DEFAULTS, offers.stream().map(OfferFact::host).distinct().toList(), offers,
                List.of(), assignments);
    }

    /** Two families, each listing one offer, in a run of {@code offers}. */
    private static MatchingSolution listed(List<OfferFact> offers, FamilyFact first, OfferFact firstOffer,
                                           FamilyFact second, OfferFact secondOffer) {
        return new MatchingSolution(Policy.DEFAULTS, offers.stream().map(OfferFact::host).distinct().toList(), offers,
                List.of(), List.of(Assignment.unassigned(first, List.of(firstOffer)),
                        Assignment.unassigned(second, List.of(secondOffer))));
    }

    @SafeVarargs
    private static HardMediumSoftScore solve(MatchingSolution run, CustomPhaseCommand<MatchingSolution>... commands) {
        return solveRun(run, commands).getScore();
    }

    @SafeVarargs
    private static MatchingSolution solveRun(MatchingSolution run, CustomPhaseCommand<MatchingSolution>... commands) {
        return SolverFactory.<MatchingSolution>create(MatchingSolverConfig.base(Duration.ofMinutes(1))
                        .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(commands))))
                .buildSolver().solve(run);
    }
}
