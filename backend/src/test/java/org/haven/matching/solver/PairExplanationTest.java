package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.haven.matching.solver.PairExplanation.Line;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;

class PairExplanationTest {

    /**
     * The explanation must never contradict the solver: on every pair of a generated instance
     * (thousands of pairs, most of them infeasible for some rule), it passes exactly when
     * PairCosts finds the pair feasible, and its S1–S5 penalties add up to PairCosts' soft cost.
     */
    @Test
    void agreesWithTheSolversFeasibilityAndCostOnEveryGeneratedPair() {
        MatchingSolution instance = InstanceGenerator.generate(120, 42, false);
        Policy policy = instance.getPolicy();
        int feasible = 0;
        int pairs = 0;
        for (Assignment assignment : instance.getAssignments()) {
            FamilyFact family = assignment.getFamily();
            for (OfferFact offer : instance.getOffers()) {
                pairs++;
                boolean solverSays = PairCosts.feasible(family, offer, policy);
                assertThat(PairExplanation.passesHardRules(family, offer, policy))
                        .as("%s with %s", family, offer).isEqualTo(solverSays);
                long explained = PairExplanation.softTerms(family, offer, policy, "Leeds").stream()
                        .mapToLong(Line::penalty).sum();
                assertThat(explained).as("%s with %s", family, offer).isEqualTo(PairCosts.softCost(family, offer, policy));
                feasible += solverSays ? 1 : 0;
            }
        }
        assertThat(feasible).as("the instance has feasible pairs to compare").isBetween(100, pairs - 1000);
    }

    @Test
    void namesEachBrokenRuleInWordsACaseworkerUnderstands() {
        FamilyFact family = Fixtures.family().members(Fixtures.lead(Sex.M, 40), Fixtures.partner(Sex.F, 38),
                Fixtures.child(Sex.M, 12)).build();
        OfferFact offer = Fixtures.offer().maxGuests(2).bedrooms(1).womenOnly(true).build();

        List<Line> lines = PairExplanation.hardRules(family, offer, Policy.DEFAULTS);

        assertThat(lines).extracting(Line::rule).containsExactly("H1", "H2", "H3", "H4", "H5", "H6", "H7", "H8",
                "H9", "H10", "H11", "H12", "H13", "H14");
        assertThat(lines).filteredOn(line -> !line.passed()).extracting(Line::text).containsExactly(
                "3 people, room for only 2",
                "Needs 2 bedrooms, the offer has 1",
                "Women-only offer; the family includes a male aged 16 or over");
    }

    @Test
    void explainsTheSoftTermsWithTheirWeightedPenalties() {
        FamilyFact family = Fixtures.family().languages("fa", "en").build();
        OfferFact offer = Fixtures.offer().maxGuests(4).build();

        List<Line> lines = PairExplanation.softTerms(family, offer, Policy.DEFAULTS, "Leeds");

        assertThat(lines).extracting(Line::rule).containsExactly("S1", "S2", "S3", "S4", "S5");
        assertThat(lines.get(1).text()).isEqualTo("2 spare beds");
        assertThat(lines.get(1).penalty()).isEqualTo(20);
        assertThat(lines.get(2).text()).isEqualTo("Shares English with the host");
        assertThat(lines.get(2).penalty()).isZero();
    }
}
