package org.haven.matching.solver;

import java.util.EnumMap;
import java.util.Map;

import org.haven.family.Urgency;

/**
 * The admin-editable matching policy of docs/matching.md. It is a problem fact so the constraints
 * read the weights of the run they score, not constants baked into the streams.
 */
public record Policy(
        int arrivalWindowDays,
        int minimumStayMonths,
        Map<Urgency, Integer> urgencyWeights,
        int distanceWeight,
        int spareBedsWeight,
        int noSharedLanguageWeight,
        int shortStayWeight,
        int waitForRoomWeight,
        int linkedApartWeight,
        int keepProposalWeight) {

    public static final Policy DEFAULTS = new Policy(14, 6,
            Map.of(Urgency.CRITICAL, 4, Urgency.HIGH, 2, Urgency.NORMAL, 1),
            1, 10, 30, 5, 1, 5, 50);

    public Policy {
        urgencyWeights = Map.copyOf(new EnumMap<>(urgencyWeights));
    }

    public int urgencyWeight(Urgency urgency) {
        return urgencyWeights.getOrDefault(urgency, DEFAULTS.urgencyWeights.get(urgency));
    }
}
