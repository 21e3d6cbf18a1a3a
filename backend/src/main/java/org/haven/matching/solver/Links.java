package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The run's links as pairs of assignment indexes (each once) and each assignment's partners. */
record Links(List<int[]> pairs, List<List<Integer>> partners) {

    static Links of(List<Assignment> assignments) {
        Map<String, Integer> indexOf = new HashMap<>();
        for (int i = 0; i < assignments.size(); i++) {
            indexOf.put(assignments.get(i).getFamily().id(), i);
        }
        List<List<Integer>> partners = new ArrayList<>();
        assignments.forEach(assignment -> partners.add(new ArrayList<>()));
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            for (String linkedId : assignments.get(i).getFamily().linkedFamilyIds()) {
                Integer j = indexOf.get(linkedId);
                if (j != null && j != i && !partners.get(i).contains(j)) {
                    partners.get(i).add(j);
                    partners.get(j).add(i);
                    pairs.add(new int[] {i, j});
                }
            }
        }
        return new Links(pairs, partners);
    }

    /**
     * The pairs that pay S6 now, the farthest apart first, then those a repair has moved (they
     * may have been brought together at a cost a little S6 would save).
     */
    List<int[]> apartFirst(List<OfferFact> offers, Policy policy, Set<Integer> moved) {
        return pairs.stream().filter(pair -> apart(pair, offers, policy) > 0
                        || moved.contains(pair[0]) || moved.contains(pair[1]))
                .sorted(Comparator.comparingLong((int[] pair) -> -apart(pair, offers, policy))).toList();
    }

    static long apart(int[] pair, List<OfferFact> offers, Policy policy) {
        OfferFact a = offers.get(pair[0]);
        OfferFact b = offers.get(pair[1]);
        return a == null || b == null ? 0 : LinkedApart.penalty(a, b, policy);
    }
}
