package org.haven.matching.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.ReferenceScorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The benchmark's true optimum with S6 against brute force on tiny runs cut out of generated ones. */
class LinkedOptimumTest {

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void equalsTheBestOfEveryAssignmentOnATinyLinkedRun(long seed) {
        MatchingSolution run = tinyRun(seed);
        LinkedOptimum.Result optimum = LinkedOptimum.solve(run, Duration.ofSeconds(30));

        assertThat(optimum.optimal()).isTrue();
        assertThat(optimum.linkedPairs()).isEqualTo(1);
        assertThat(score(run, optimum.offers())).isEqualTo(bruteForce(run));
    }

    @Test
    void tinyRunsMakeTheLinkedPairPayS6SomewhereSoTheTestCanFail() {
        // Without a run where S6 matters at the optimum's neighbours, the comparison above proves little.
        boolean anyApart = false;
        for (long seed = 1; seed <= 8; seed++) {
            MatchingSolution run = tinyRun(seed);
            anyApart |= ReferenceScorer.breakdown(withOffers(run, worstForLink(run))).get("S6") > 0;
        }
        assertThat(anyApart).isTrue();
    }

    /**
     * A linked pair of a generated run with the few offers each would like most, and up to three
     * other families that want one of those offers too: small enough to enumerate.
     */
    private static MatchingSolution tinyRun(long seed) {
        MatchingSolution big = InstanceGenerator.generate(300, seed, true);
        int pair = 20 * (int) (seed % 15);
        List<Assignment> all = big.getAssignments();
        Set<OfferFact> offers = new LinkedHashSet<>();
        for (int i = pair; i <= pair + 1; i++) {
            all.get(i).getCandidates().stream().limit(3).forEach(offers::add);
        }
        List<Assignment> chosen = new ArrayList<>(List.of(all.get(pair), all.get(pair + 1)));
        for (Assignment other : all) {
            if (chosen.size() < 5 && !other.isPinned() && !chosen.contains(other)
                    && other.getCandidates().stream().anyMatch(offers::contains)) {
                chosen.add(other);
            }
        }
        List<Assignment> assignments = new ArrayList<>();
        for (Assignment assignment : chosen) {
            assignments.add(Assignment.unassigned(assignment.getFamily(),
                    assignment.getCandidates().stream().filter(offers::contains).toList()));
        }
        return new MatchingSolution(big.getPolicy(), big.getHosts(), List.copyOf(offers), big.getRejectedPairs(),
                assignments);
    }

    /** Every assignment of offers (or none) to the families, each offer to at most one: the best score. */
    private static HardMediumSoftScore bruteForce(MatchingSolution run) {
        List<OfferFact> offers = new ArrayList<>(run.getAssignments().stream().map(a -> (OfferFact) null).toList());
        return best(run, 0, offers, new HashSet<>());
    }

    private static HardMediumSoftScore best(MatchingSolution run, int family, List<OfferFact> offers, Set<OfferFact> taken) {
        if (family == offers.size()) {
            return score(run, offers);
        }
        HardMediumSoftScore best = best(run, family + 1, offers, taken);
        for (OfferFact offer : run.getOffers()) {
            if (taken.add(offer)) {
                offers.set(family, offer);
                HardMediumSoftScore score = best(run, family + 1, offers, taken);
                best = score.compareTo(best) > 0 ? score : best;
                offers.set(family, null);
                taken.remove(offer);
            }
        }
        return best;
    }

    /** The two linked families on their two offers farthest apart (for the guard test). */
    private static List<OfferFact> worstForLink(MatchingSolution run) {
        List<OfferFact> offers = new ArrayList<>(run.getAssignments().stream().map(a -> (OfferFact) null).toList());
        double farthest = -1;
        for (OfferFact a : run.getAssignments().get(0).getCandidates()) {
            for (OfferFact b : run.getAssignments().get(1).getCandidates()) {
                double apart = Math.hypot(a.lat() - b.lat(), a.lon() - b.lon());
                if (a != b && apart > farthest) {
                    farthest = apart;
                    offers.set(0, a);
                    offers.set(1, b);
                }
            }
        }
        return offers;
    }

    private static HardMediumSoftScore score(MatchingSolution run, List<OfferFact> offers) {
        return ReferenceScorer.score(withOffers(run, offers));
    }

    private static MatchingSolution withOffers(MatchingSolution run, List<OfferFact> offers) {
        List<Assignment> assignments = run.getAssignments();
        for (int i = 0; i < assignments.size(); i++) {
            assignments.get(i).setOffer(offers.get(i));
        }
        return run;
    }
}
