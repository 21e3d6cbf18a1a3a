package org.haven.matching.solver.io;

import java.util.List;

import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.io.Instance.PairJson;

/** The solution file of docs/matching.md: the score, and one pair per assigned family (unassigned ones left out). */
public record SolutionFile(String score, List<PairJson> assignments) {

    public static SolutionFile of(MatchingSolution solution) {
        List<PairJson> pairs = solution.getAssignments().stream()
                .filter(assignment -> assignment.getOffer() != null)
                .map(assignment -> new PairJson(assignment.getFamily().id(), assignment.getOffer().id()))
                .toList();
        return new SolutionFile(String.valueOf(solution.getScore()), pairs);
    }
}
