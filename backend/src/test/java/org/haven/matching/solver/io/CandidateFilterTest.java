package org.haven.matching.solver.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.FamilyFact.Member;
import org.haven.matching.solver.FamilyFact.Needs;
import org.haven.matching.solver.HostFact;
import org.haven.matching.solver.HostFact.Person;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.MatchingSolverConfig;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * The candidate filter against the constraint provider on a generated run: a pair is dropped
 * exactly when it breaks one of the rules that depend on the pair alone (H1–H12, H14, H15), so the
 * filter never hides a feasible pair from the solver and never keeps one those rules forbid.
 */
class CandidateFilterTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    /** The hard rule that needs more than the pair and the policy: the other families (H16). */
    private static final Set<String> NOT_PAIR_RULES = Set.of("H16 one each");

    @Test
    void dropsExactlyThePairsThatBreakAPairRule() {
        Random random = new Random(42L);
        List<HostFact> hosts = hosts(random, 15);
        List<OfferFact> offers = offers(random, hosts, 40);
        List<FamilyFact> families = families(random, 60);
        List<RejectedPair> rejected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rejected.add(new RejectedPair(families.get(random.nextInt(families.size())).id(),
                    offers.get(random.nextInt(offers.size())).id()));
        }
        Set<RejectedPair> rejectedSet = new HashSet<>(rejected);
        SolutionManager<MatchingSolution, HardMediumSoftScore> solutionManager = SolutionManager.create(
                SolverFactory.create(MatchingSolverConfig.production(java.time.Duration.ofSeconds(1))));

        int kept = 0;
        int dropped = 0;
        Set<String> rulesSeen = new TreeSet<>();
        for (OfferFact offer : offers) {
            // Every family on this one offer: H16 breaks everywhere, the pair rules are read per family.
            List<Assignment> assignments = families.stream().map(family -> Assignment.of(family, offer)).toList();
            MatchingSolution solution = new MatchingSolution(Policy.DEFAULTS, hosts, offers, rejected,
                    new ArrayList<>(assignments));
            ScoreExplanation<MatchingSolution, HardMediumSoftScore> explanation = solutionManager.explain(solution);
            for (Assignment assignment : assignments) {
                Set<String> broken = pairRulesBroken(explanation.getIndictmentMap().get(assignment));
                boolean allowed = CandidateFilter.allowed(assignment.getFamily(), offer, rejectedSet, Policy.DEFAULTS);
                assertThat(allowed).as("%s on %s breaks %s", assignment.getFamily(), offer, broken)
                        .isEqualTo(broken.isEmpty());
                rulesSeen.addAll(broken);
                if (allowed) {
                    kept++;
                } else {
                    dropped++;
                }
            }
        }
        // The run is varied enough to mean something: many pairs each way, every pair rule broken somewhere.
        assertThat(kept).isGreaterThan(50);
        assertThat(dropped).isGreaterThan(100);
        assertThat(rulesSeen).containsExactlyInAnyOrder("H1 capacity", "H2 bedrooms", "H3 step-free",
                "H4 wheelchair bathroom", "H5 ground floor", "H6 pets", "H7 allergy", "H8 smoking", "H9 children",
                "H10 women-only offer", "H11 no single-male household", "H12 LGBTQI+", "H13 dates", "H14 distance cap",
                "H15 rejected");
    }

    private static Set<String> pairRulesBroken(Indictment<HardMediumSoftScore> indictment) {
        Set<String> broken = new TreeSet<>();
        if (indictment != null) {
            for (ConstraintMatch<HardMediumSoftScore> match : indictment.getConstraintMatchSet()) {
                if (match.getScore().hardScore() < 0 && !NOT_PAIR_RULES.contains(match.getConstraintName())) {
                    broken.add(match.getConstraintName());
                }
            }
        }
        return broken;
    }

    private static List<HostFact> hosts(Random random, int count) {
        List<HostFact> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Person> adults = new ArrayList<>();
            adults.add(new Person(random.nextBoolean() ? Sex.F : Sex.M, 30 + random.nextInt(40)));
            if (random.nextBoolean()) {
                adults.add(new Person(Sex.values()[random.nextInt(3)], 30 + random.nextInt(40)));
            }
            hosts.add(new HostFact("h" + i, adults, List.of(), Set.of("en"), random.nextInt(3) == 0,
                    DbsLevel.values()[random.nextInt(4)]));
        }
        return hosts;
    }

    private static List<OfferFact> offers(Random random, List<HostFact> hosts, int count) {
        List<OfferFact> offers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int bedrooms = 1 + random.nextInt(4);
            offers.add(new OfferFact("o" + i, hosts.get(random.nextInt(hosts.size())),
                    OfferType.values()[random.nextInt(2)], 53.3 + random.nextDouble(), -2.2 + random.nextDouble(),
                    bedrooms, bedrooms + random.nextInt(3) - 1, StepFree.values()[random.nextInt(4)],
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                    random.nextInt(4) == 0, random.nextBoolean(), random.nextBoolean(),
                    DAY.plusDays(random.nextInt(60)), random.nextBoolean() ? null : DAY.plusDays(30 + random.nextInt(400))));
        }
        return offers;
    }

    private static List<FamilyFact> families(Random random, int count) {
        List<FamilyFact> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Member> members = new ArrayList<>();
            members.add(new Member(18 + random.nextInt(50), Sex.values()[random.nextInt(3)], Relationship.LEAD,
                    random.nextInt(8) == 0));
            if (random.nextBoolean()) {
                members.add(new Member(18 + random.nextInt(50), Sex.values()[random.nextInt(3)], Relationship.PARTNER, false));
            }
            for (int c = random.nextInt(4); c > 0; c--) {
                members.add(new Member(random.nextInt(22), Sex.values()[random.nextInt(3)], Relationship.CHILD, false));
            }
            Needs needs = new Needs(random.nextInt(5) == 0, random.nextInt(5) == 0, random.nextInt(5) == 0,
                    random.nextInt(5) == 0, random.nextInt(5) == 0, random.nextInt(5) == 0);
            boolean located = random.nextInt(4) > 0;
            families.add(new FamilyFact("f" + i, members, Set.of("en"), needs, Urgency.values()[random.nextInt(3)],
                    DAY.plusDays(random.nextInt(30)), 1 + random.nextInt(18),
                    located ? 53.3 + random.nextDouble() : null, located ? -2.2 + random.nextDouble() : null,
                    random.nextBoolean() ? 10 + random.nextInt(60) : null, Set.of()));
        }
        return families;
    }
}
