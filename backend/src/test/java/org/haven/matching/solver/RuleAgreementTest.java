package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.haven.matching.solver.Fixtures.DAY;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.FamilyFact.Member;
import org.haven.matching.solver.FamilyFact.Needs;
import org.haven.matching.solver.HostFact.Person;
import org.haven.matching.solver.PairExplanation.Line;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Each rule's one definition against the independent {@link ReferenceScorer}, rule by rule: on
 * random pairs every hard rule breaks exactly when the reference says it does and its explanation
 * line says the same, every soft term costs what the reference says; on random whole runs each
 * constraint of the streams totals what the reference gives that rule.
 */
class RuleAgreementTest {

    private static final Policy POLICY = Policy.DEFAULTS;

    @Test
    void everyPairRuleAndTermAgreesWithTheReferenceOnRandomPairs() {
        Random random = new Random(7);
        List<HostFact> hosts = hosts(random, 40);
        List<OfferFact> offers = offers(random, hosts, 150);
        List<FamilyFact> families = families(random, 200, offers);
        Set<PairRule> seenBroken = EnumSet.noneOf(PairRule.class);
        Set<PairRule> seenPassed = EnumSet.noneOf(PairRule.class);
        Set<PairTerm> seenPaying = EnumSet.noneOf(PairTerm.class);
        for (FamilyFact family : families) {
            for (OfferFact offer : offers) {
                Set<String> reference = ReferenceScorer.brokenPairRules(family, offer, POLICY);
                for (PairRule rule : PairRule.values()) {
                    boolean broken = rule.breaks(family, offer, POLICY);
                    assertThat(broken).as("%s for %s with %s", rule, family, offer)
                            .isEqualTo(reference.contains(rule.name()));
                    Line line = rule.check(family, offer, POLICY);
                    assertThat(line.passed()).as("%s line for %s with %s", rule, family, offer).isEqualTo(!broken);
                    (broken ? seenBroken : seenPassed).add(rule);
                }
                boolean needUnmet = reference.stream().anyMatch(id -> List.of("H3", "H4", "H5", "H6", "H7", "H8",
                        "H9", "H10", "H11", "H12").contains(id));
                assertThat((PairRule.needsMask(family) & PairRule.lacksMask(offer)) != 0)
                        .as("the masks of H3-H12 for %s with %s", family, offer).isEqualTo(needUnmet);
                assertThat(PairCosts.feasible(family, offer, POLICY)).isEqualTo(reference.isEmpty());
                Map<String, Long> terms = ReferenceScorer.pairTerms(family, offer, POLICY);
                for (PairTerm term : PairTerm.values()) {
                    long penalty = term.penalty(family, offer, POLICY);
                    assertThat(penalty).as("%s for %s with %s", term, family, offer).isEqualTo(terms.get(term.name()));
                    assertThat(term.line(family, offer, POLICY, "Leeds").penalty()).isEqualTo(penalty);
                    if (penalty > 0) {
                        seenPaying.add(term);
                    }
                }
            }
        }
        // The sample means something: every rule both broken and passed somewhere, every term paid.
        assertThat(seenBroken).containsExactlyInAnyOrder(PairRule.values());
        assertThat(seenPassed).containsExactlyInAnyOrder(PairRule.values());
        assertThat(seenPaying).containsExactlyInAnyOrder(PairTerm.values());
    }

    @Test
    void everyConstraintTotalsWhatTheReferenceGivesItsRuleOnRandomRuns() {
        SolutionManager<MatchingSolution, HardMediumSoftScore> solutionManager = SolutionManager.create(
                SolverFactory.create(MatchingSolverConfig.production(java.time.Duration.ofSeconds(1))));
        Random random = new Random(11);
        Set<String> seenNonZero = new HashSet<>();
        for (int round = 0; round < 40; round++) {
            MatchingSolution run = randomRun(random);
            Map<String, Long> reference = ReferenceScorer.breakdown(run);
            Map<String, Long> streams = new HashMap<>();
            for (ConstraintMatchTotal<HardMediumSoftScore> total
                    : solutionManager.explain(run).getConstraintMatchTotalMap().values()) {
                HardMediumSoftScore score = total.getScore();
                long value = -((long) score.hardScore() + score.mediumScore() + score.softScore());
                String id = total.getConstraintName().startsWith("Unassigned") ? ReferenceScorer.MEDIUM
                        : total.getConstraintName().split(" ")[0];
                streams.merge(id, value, Long::sum);
            }
            for (Map.Entry<String, Long> rule : reference.entrySet()) {
                assertThat(streams.getOrDefault(rule.getKey(), 0L)).as("round %d, %s", round, rule.getKey())
                        .isEqualTo(rule.getValue());
                if (rule.getValue() != 0) {
                    seenNonZero.add(rule.getKey());
                }
            }
            assertThat(solutionManager.update(run)).isEqualTo(ReferenceScorer.score(run));
        }
        assertThat(seenNonZero).as("every rule and term is exercised").hasSize(16 + 1 + 7);
    }

    /** Random families on random offers, some unassigned, some pinned, rejected, linked or holding a proposal. */
    private static MatchingSolution randomRun(Random random) {
        List<HostFact> hosts = hosts(random, 8);
        List<OfferFact> offers = offers(random, hosts, 25);
        List<FamilyFact> families = families(random, 30, offers);
        List<RejectedPair> rejected = new ArrayList<>();
        List<Assignment> assignments = new ArrayList<>();
        for (FamilyFact family : families) {
            OfferFact offer = random.nextInt(5) == 0 ? null : offers.get(random.nextInt(offers.size()));
            if (offer != null && random.nextInt(6) == 0) {
                rejected.add(new RejectedPair(family.id(), offer.id()));
            }
            assignments.add(offer != null && random.nextInt(8) == 0 ? Assignment.pinned(family, offer)
                    : new Assignment(family, offers, offer, false));
        }
        return new MatchingSolution(POLICY, hosts, offers, rejected, assignments);
    }

    static List<HostFact> hosts(Random random, int count) {
        List<HostFact> hosts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Person> adults = new ArrayList<>();
            adults.add(new Person(pick(random, Sex.values()), 25 + random.nextInt(50)));
            if (random.nextBoolean()) {
                adults.add(new Person(pick(random, Sex.values()), 25 + random.nextInt(50)));
            }
            List<Person> children = random.nextInt(3) == 0 ? List.of(new Person(Sex.F, random.nextInt(18))) : List.of();
            hosts.add(new HostFact("h" + i, adults, children, random.nextBoolean() ? Set.of("en") : Set.of("en", "uk"),
                    random.nextInt(3) == 0, pick(random, DbsLevel.values())));
        }
        return hosts;
    }

    static List<OfferFact> offers(Random random, List<HostFact> hosts, int count) {
        List<OfferFact> offers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int bedrooms = 1 + random.nextInt(4);
            offers.add(new OfferFact("o" + i, hosts.get(random.nextInt(hosts.size())), pick(random, OfferType.values()),
                    53.3 + random.nextDouble(), -2.2 + random.nextDouble(), bedrooms,
                    Math.max(1, bedrooms + random.nextInt(4) - 1), pick(random, StepFree.values()),
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean(), random.nextInt(4) > 0,
                    random.nextInt(4) == 0, random.nextBoolean(), random.nextBoolean(),
                    DAY.plusDays(random.nextInt(40)), random.nextBoolean() ? null : DAY.plusDays(30 + random.nextInt(400))));
        }
        return offers;
    }

    static List<FamilyFact> families(Random random, int count, List<OfferFact> offers) {
        List<FamilyFact> families = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Member> members = new ArrayList<>();
            members.add(new Member(18 + random.nextInt(50), pick(random, Sex.values()), Relationship.LEAD,
                    random.nextInt(10) == 0));
            if (random.nextBoolean()) {
                members.add(new Member(18 + random.nextInt(50), pick(random, Sex.values()), Relationship.PARTNER, false));
            }
            for (int c = random.nextInt(5); c > 0; c--) {
                members.add(new Member(random.nextInt(25), pick(random, Sex.values()),
                        random.nextBoolean() ? Relationship.CHILD : Relationship.OTHER_RELATIVE, false));
            }
            Needs needs = new Needs(random.nextInt(5) == 0, random.nextInt(5) == 0, random.nextInt(5) == 0,
                    random.nextInt(5) == 0, random.nextInt(5) == 0, random.nextInt(5) == 0);
            boolean located = random.nextInt(4) > 0;
            Set<String> linked = random.nextInt(5) == 0 ? Set.of("f" + random.nextInt(count)) : Set.of();
            String previous = random.nextInt(4) == 0 ? offers.get(random.nextInt(offers.size())).id() : null;
            families.add(new FamilyFact("f" + i, members, random.nextBoolean() ? Set.of("uk") : Set.of("fa", "en"),
                    needs, pick(random, Urgency.values()), DAY.plusDays(random.nextInt(30)), 1 + random.nextInt(18),
                    located ? 53.3 + random.nextDouble() : null, located ? -2.2 + random.nextDouble() : null,
                    random.nextBoolean() ? 10 + random.nextInt(60) : null, linked, previous));
        }
        return families;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
