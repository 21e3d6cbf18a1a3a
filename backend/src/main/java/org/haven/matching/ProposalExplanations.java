package org.haven.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.family.MatchableFamily;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.KeepProposal;
import org.haven.matching.solver.LinkedApart;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.PairExplanation;
import org.haven.matching.solver.PairExplanation.Line;
import org.haven.matching.solver.RunRule;

/**
 * The explanation of docs/matching.md for each assigned pair of a solved run: S1–S7 with their
 * penalties, then every hard rule H1–H16 as checked. S6 is a penalty between two pairs; each of
 * the two proposals shows it, so a caseworker looking at either one sees why they are apart.
 */
final class ProposalExplanations {

    private final MatchingSolution solution;
    private final MatchingProblem problem;
    private final Map<String, Assignment> byFamily;
    /** Each family's linked families, from either side's list. */
    private final Map<String, Set<String>> links = new HashMap<>();

    ProposalExplanations(MatchingSolution solution, MatchingProblem problem) {
        this.solution = solution;
        this.problem = problem;
        this.byFamily = solution.getAssignments().stream()
                .collect(Collectors.toMap(assignment -> assignment.getFamily().id(), Function.identity()));
        for (Assignment assignment : solution.getAssignments()) {
            String id = assignment.getFamily().id();
            for (String linked : assignment.getFamily().linkedFamilyIds()) {
                if (byFamily.containsKey(linked) && !linked.equals(id)) {
                    links.computeIfAbsent(id, key -> new TreeSet<>()).add(linked);
                    links.computeIfAbsent(linked, key -> new TreeSet<>()).add(id);
                }
            }
        }
    }

    List<Line> of(Assignment assignment) {
        FamilyFact family = assignment.getFamily();
        MatchableFamily matchable = problem.family(family.id());
        List<Line> lines = new ArrayList<>(PairExplanation.softTerms(family, assignment.getOffer(),
                solution.getPolicy(), matchable == null ? null : matchable.place()));
        lines.addAll(linked(assignment));
        lines.add(KeepProposal.line(family, assignment.getOffer(), solution.getPolicy()));
        lines.addAll(PairExplanation.hardRules(family, assignment.getOffer(), solution.getPolicy()));
        // Only pairs that break no hard rule become proposals (RunRecorder checks them again).
        lines.add(RunRule.H15.line(false));
        lines.add(RunRule.H16.line(false));
        return lines;
    }

    /** S6 lines: links count from either side (docs/matching.md: a pair of linked families). */
    private List<Line> linked(Assignment assignment) {
        List<Line> lines = new ArrayList<>();
        for (String linkedId : links.getOrDefault(assignment.getFamily().id(), Set.of())) {
            Assignment other = byFamily.get(linkedId);
            String reference = reference(other.getFamily().id());
            lines.add(LinkedApart.line(assignment.getOffer(), other.getOffer(), solution.getPolicy(), reference));
        }
        if (lines.isEmpty()) {
            lines.add(LinkedApart.noLinks());
        }
        return lines;
    }

    private String reference(String familyId) {
        MatchableFamily family = problem.family(familyId);
        return family == null ? "(unknown)" : family.reference();
    }
}
