package org.haven.matching.solver;

import org.haven.matching.bench.InstanceGenerator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.haven.family.BedroomStandard;
import org.haven.family.BruteForceBedrooms;
import org.haven.family.Relationship;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * On a generated run shaped like real arrivals (large Afghan families with children and
 * teenagers of both sexes), the production solver leaves no family unhoused while a free offer
 * fits it under every rule, bedrooms counted by exhaustive search over every allowed pairing.
 */
class GeneratedRunBedroomsTest {

    @Test
    void noFamilyIsLeftUnhousedWhileAFreeOfferFitsItUnderTheBedroomStandard() {
        MatchingSolution run = InstanceGenerator.generate(400, 5, false);
        int largeFamilies = 0;
        for (Assignment assignment : run.getAssignments()) {
            FamilyFact family = assignment.getFamily();
            assertThat(family.bedroomsNeeded()).as("%s", family).isEqualTo(fewestByExhaustiveSearch(family));
            largeFamilies += family.size() >= 6 ? 1 : 0;
        }
        assertThat(largeFamilies).as("the run has large families to house").isGreaterThan(50);

        MatchingSolution solved = SolverFactory.<MatchingSolution>create(
                MatchingSolverConfig.production(Duration.ofSeconds(3))).buildSolver().solve(run);

        assertThat(solved.getScore().hardScore()).isZero();
        Set<OfferFact> taken = new HashSet<>();
        solved.getAssignments().stream().map(Assignment::getOffer).filter(offer -> offer != null).forEach(taken::add);
        int unhoused = 0;
        for (Assignment assignment : solved.getAssignments()) {
            if (assignment.getOffer() != null) {
                continue;
            }
            unhoused++;
            FamilyFact family = assignment.getFamily();
            for (OfferFact offer : solved.getOffers()) {
                if (taken.contains(offer)) {
                    continue;
                }
                boolean rejected = solved.getRejectedPairs().contains(new RejectedPair(family.id(), offer.id()));
                assertThat(rejected || !ReferenceScorer.brokenPairRules(family, offer, solved.getPolicy()).isEmpty())
                        .as("%s is unhoused although free offer %s fits it", family, offer).isTrue();
            }
        }
        assertThat(unhoused).as("the run is tight enough for the check to mean something").isPositive();
    }

    private static int fewestByExhaustiveSearch(FamilyFact family) {
        List<BedroomStandard.Sleeper> sleepers = family.members().stream()
                .map(member -> new BedroomStandard.Sleeper(member.age(), member.sex(),
                        member.relationship() == Relationship.LEAD || member.relationship() == Relationship.PARTNER))
                .toList();
        return BruteForceBedrooms.fewest(sleepers);
    }
}
