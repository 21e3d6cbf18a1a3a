package org.haven.matching.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.optaplanner.core.api.solver.SolverFactory;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.MatchingSolverConfig;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.Policy;

/**
 * How steady a re-run is (docs/matching.md S7): solve a generated run, then solve it again after
 * 1 % new families arrive, with the first answer as {@code previousProposals}; count the families
 * that keep their proposal, with S7 at its default weight and with S7 off (weight 0).
 */
final class RerunStability {

    /** One measurement: proposals of the first run, and how many each re-run kept. */
    record Result(int proposals, int keptWithS7, int keptWithoutS7, long mediumWithS7, long mediumWithoutS7,
                  double secondsWithS7) {

        String row(int families, int newcomers) {
            return String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d (%.1f %%) | %,d (%.1f %%) | %d | %d | %.2f s |",
                    families, newcomers, proposals, keptWithS7, percent(keptWithS7), keptWithoutS7,
                    percent(keptWithoutS7), mediumWithS7, mediumWithoutS7, secondsWithS7);
        }

        private double percent(int kept) {
            return proposals == 0 ? 0 : 100.0 * kept / proposals;
        }
    }

    static final String HEADER = "| families | new families | proposals of the first run | kept with S7 "
            + "| kept without S7 | medium with S7 | medium without S7 | re-run time |\n|---|---|---|---|---|---|---|---|";

    private RerunStability() {
    }

    /** {@code families} in the first run, 1 % more (at least one) in the second, same offers. */
    static Result measure(int families, long seed, boolean linked, boolean realistic, Duration limit) {
        int newcomers = Math.max(1, families / 100);
        MatchingSolution all = InstanceGenerator.generate(families + newcomers, seed, linked, realistic);
        // The generator's families come in random order, so the last 1 % are as good as any to arrive late.
        List<Assignment> firstFamilies = all.getAssignments().subList(0, families);
        MatchingSolution first = solve(new MatchingSolution(all.getPolicy(), all.getHosts(), all.getOffers(),
                all.getRejectedPairs(), copies(firstFamilies)), limit);

        List<OfferFact> previous = new ArrayList<>();
        int proposals = 0;
        for (Assignment assignment : first.getAssignments()) {
            OfferFact offer = assignment.isPinned() ? null : assignment.getOffer();
            previous.add(offer);
            proposals += offer != null ? 1 : 0;
        }
        while (previous.size() < all.getAssignments().size()) {
            previous.add(null);
        }

        long started = System.nanoTime();
        MatchingSolution withS7 = solve(rerun(all, previous, all.getPolicy()), limit);
        double seconds = (System.nanoTime() - started) / 1e9;
        MatchingSolution withoutS7 = solve(rerun(all, previous, withoutKeep(all.getPolicy())), limit);
        return new Result(proposals, kept(withS7, previous), kept(withoutS7, previous),
                withS7.getScore().mediumScore(), withoutS7.getScore().mediumScore(), seconds);
    }

    private static MatchingSolution rerun(MatchingSolution all, List<OfferFact> previous, Policy policy) {
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < all.getAssignments().size(); i++) {
            Assignment assignment = all.getAssignments().get(i);
            FamilyFact family = previous.get(i) == null ? assignment.getFamily()
                    : assignment.getFamily().withPreviousOffer(previous.get(i).id());
            assignments.add(new Assignment(family, assignment.getCandidates(), assignment.getOffer(),
                    assignment.isPinned()));
        }
        return new MatchingSolution(policy, all.getHosts(), all.getOffers(), all.getRejectedPairs(), assignments);
    }

    private static List<Assignment> copies(List<Assignment> assignments) {
        return assignments.stream().map(assignment -> new Assignment(assignment.getFamily(),
                assignment.getCandidates(), assignment.getOffer(), assignment.isPinned())).toList();
    }

    private static int kept(MatchingSolution solved, List<OfferFact> previous) {
        int kept = 0;
        for (int i = 0; i < solved.getAssignments().size(); i++) {
            OfferFact before = previous.get(i);
            if (before != null && before.equals(solved.getAssignments().get(i).getOffer())) {
                kept++;
            }
        }
        return kept;
    }

    private static Policy withoutKeep(Policy policy) {
        return new Policy(policy.arrivalWindowDays(), policy.minimumStayMonths(), policy.urgencyWeights(),
                policy.distanceWeight(), policy.spareBedsWeight(), policy.noSharedLanguageWeight(),
                policy.shortStayWeight(), policy.waitForRoomWeight(), policy.linkedApartWeight(), 0);
    }

    private static MatchingSolution solve(MatchingSolution problem, Duration limit) {
        return SolverFactory.<MatchingSolution>create(MatchingSolverConfig.production(limit)).buildSolver()
                .solve(problem);
    }
}
