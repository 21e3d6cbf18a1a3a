package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * A small generated run solved on Bavet: the answer keeps every promise of the matching page
 * (no hard break, pinned pairs stay, rejected pairs unused, one family per offer) and its
 * score is the one {@link ReferenceScorer} computes independently.
 */
class SolverSmokeTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final String[] LANGUAGES = {"en", "uk", "fa", "ps", "ar"};

    private static SolverFactory<MatchingSolution> solverFactory() {
        return SolverFactory.create(new SolverConfig()
                .withSolutionClass(MatchingSolution.class)
                .withEntityClasses(Assignment.class)
                .withConstraintProviderClass(MatchingConstraintProvider.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET)
                .withTerminationSpentLimit(Duration.ofSeconds(2)));
    }

    @Test
    void solvesASmallRunWithinTheRules() {
        Generated run = generate(new Random(20261201L), 20, 25);

        MatchingSolution solved = solverFactory().buildSolver().solve(run.solution());

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore()).isEqualTo(ReferenceScorer.score(solved));

        Map<String, String> offerOf = new HashMap<>();
        List<String> usedOffers = new ArrayList<>();
        for (Assignment assignment : solved.getAssignments()) {
            if (assignment.getOffer() != null) {
                offerOf.put(assignment.getFamily().id(), assignment.getOffer().id());
                usedOffers.add(assignment.getOffer().id());
            }
        }
        assertThat(usedOffers).doesNotHaveDuplicates();
        assertThat(offerOf).containsAllEntriesOf(run.pinned());
        for (RejectedPair rejected : run.solution().getRejectedPairs()) {
            assertThat(offerOf.get(rejected.familyId())).isNotEqualTo(rejected.offerId());
        }
        // Doing nothing would also have no hard break: the run must house families beyond the pinned ones.
        assertThat(offerOf).hasSizeGreaterThan(run.pinned().size() + 5);
        // The generated instance really exercises the linked-family term.
        assertThat(run.solution().getAssignments()).anyMatch(a -> !a.getFamily().linkedFamilyIds().isEmpty());
    }

    @Test
    void scoresRandomAssignmentsAsTheReferenceDoes() {
        // Solved output has no hard breaks, so random assignments (shared offers, rejected pairs,
        // every kind of misfit) check the hard rules against the reference as well.
        SolutionManager<MatchingSolution, HardMediumSoftScore> solutionManager = SolutionManager.create(solverFactory());
        Random random = new Random(7L);
        int withHardBreaks = 0;
        for (int round = 0; round < 30; round++) {
            MatchingSolution solution = generate(random, 20, 25).solution();
            for (Assignment assignment : solution.getAssignments()) {
                if (!assignment.isPinned() && random.nextInt(4) > 0) {
                    List<OfferFact> offers = solution.getOffers();
                    assignment.setOffer(offers.get(random.nextInt(offers.size())));
                }
            }
            HardMediumSoftScore score = solutionManager.update(solution);
            assertThat(score).as("round %d", round).isEqualTo(ReferenceScorer.score(solution));
            if (score.hardScore() < 0) {
                withHardBreaks++;
            }
        }
        assertThat(withHardBreaks).isEqualTo(30);
    }

    private record Generated(MatchingSolution solution, Map<String, String> pinned) {
    }

    private static Generated generate(Random random, int familyCount, int offerCount) {
        List<HostFact> hosts = new ArrayList<>();
        for (int i = 0; i < offerCount / 2; i++) {
            List<Person> adults = new ArrayList<>();
            adults.add(new Person(random.nextBoolean() ? Sex.F : Sex.M, 30 + random.nextInt(40)));
            if (random.nextBoolean()) {
                adults.add(new Person(random.nextBoolean() ? Sex.F : Sex.M, 30 + random.nextInt(40)));
            }
            DbsLevel dbs = random.nextInt(10) < 7 ? DbsLevel.ENHANCED_WITH_BARRED_LIST : DbsLevel.values()[random.nextInt(3)];
            hosts.add(new HostFact("h" + i, adults, List.of(), languages(random), random.nextInt(10) < 3, dbs));
        }
        List<OfferFact> offers = new ArrayList<>();
        for (int i = 0; i < offerCount; i++) {
            int bedrooms = 1 + random.nextInt(4);
            LocalDate from = DAY.plusDays(random.nextInt(20));
            offers.add(new OfferFact("o" + i, hosts.get(random.nextInt(hosts.size())),
                    random.nextBoolean() ? OfferType.ROOM_IN_HOME : OfferType.SELF_CONTAINED,
                    53.3 + random.nextDouble() * 0.7, -2.2 + random.nextDouble(),
                    bedrooms, bedrooms + random.nextInt(3), StepFree.values()[random.nextInt(4)],
                    random.nextInt(10) < 3, random.nextBoolean(), random.nextBoolean(), random.nextInt(10) < 8,
                    random.nextInt(10) < 1, random.nextInt(10) < 7, random.nextInt(10) < 2,
                    from, random.nextBoolean() ? null : from.plusDays(60 + random.nextInt(400))));
        }
        List<FamilyFact> families = new ArrayList<>();
        for (int i = 0; i < familyCount; i++) {
            List<Member> members = new ArrayList<>();
            members.add(new Member(20 + random.nextInt(40), random.nextBoolean() ? Sex.F : Sex.M,
                    Relationship.LEAD, random.nextInt(20) == 0));
            if (random.nextBoolean()) {
                members.add(new Member(20 + random.nextInt(40), random.nextBoolean() ? Sex.F : Sex.M,
                        Relationship.PARTNER, false));
            }
            for (int c = random.nextInt(4); c > 0; c--) {
                members.add(new Member(random.nextInt(18), random.nextBoolean() ? Sex.F : Sex.M, Relationship.CHILD, false));
            }
            Needs needs = new Needs(random.nextInt(10) == 0, random.nextInt(10) == 0, random.nextInt(10) == 0,
                    random.nextInt(10) == 0, random.nextInt(10) == 0, random.nextInt(10) == 0);
            boolean located = random.nextInt(10) < 7;
            // Families 0–1 and 2–3 are linked (listed on one side for the second pair).
            Set<String> linked = i == 0 ? Set.of("f1") : i == 1 ? Set.of("f0") : i == 2 ? Set.of("f3") : Set.of();
            families.add(new FamilyFact("f" + i, members, languages(random), needs,
                    Urgency.values()[random.nextInt(3)], DAY.plusDays(random.nextInt(10)), 3 + random.nextInt(16),
                    located ? 53.3 + random.nextDouble() * 0.7 : null, located ? -2.2 + random.nextDouble() : null,
                    located && random.nextBoolean() ? 30 + random.nextInt(100) : null, linked));
        }

        // Pin two feasible pairs and reject four other feasible ones, so both promises are tested.
        Map<String, String> pinned = new HashMap<>();
        List<RejectedPair> rejected = new ArrayList<>();
        Set<String> pinnedOffers = new HashSet<>();
        for (FamilyFact family : families) {
            for (OfferFact offer : offers) {
                if (ReferenceScorer.hardBreaks(family, offer, Policy.DEFAULTS, List.of()) > 0) {
                    continue;
                }
                if (pinned.size() < 2 && !pinned.containsKey(family.id()) && pinnedOffers.add(offer.id())) {
                    pinned.put(family.id(), offer.id());
                } else if (rejected.size() < 4 && !pinned.containsKey(family.id()) && !pinnedOffers.contains(offer.id())) {
                    rejected.add(new RejectedPair(family.id(), offer.id()));
                }
            }
        }
        assertThat(pinned).hasSize(2);
        assertThat(rejected).hasSize(4);

        Map<String, OfferFact> offerById = new HashMap<>();
        offers.forEach(offer -> offerById.put(offer.id(), offer));
        List<Assignment> assignments = new ArrayList<>();
        for (FamilyFact family : families) {
            String pinnedOffer = pinned.get(family.id());
            assignments.add(pinnedOffer != null
                    ? Assignment.pinned(family, offerById.get(pinnedOffer))
                    : Assignment.unassigned(family, offers));
        }
        return new Generated(new MatchingSolution(Policy.DEFAULTS, hosts, offers, rejected, assignments), pinned);
    }

    private static Set<String> languages(Random random) {
        Set<String> languages = new LinkedHashSet<>();
        languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        if (random.nextBoolean()) {
            languages.add(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        }
        return languages;
    }
}
