package org.haven.matching;

import java.util.Arrays;
import java.util.Locale;

import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Order;

/**
 * The orders a run's proposals can be listed in ({@code sort=}, the names the matching page uses),
 * each naming its direction. A proposal without a distance (no preferred place) or without a date
 * it became ready goes last whichever way that is sorted; ties fall back to the best score, then
 * the reference, then the id, so a page never repeats or skips a proposal.
 */
enum ProposalOrder {
    SCORE_BEST(Order.desc("score")),
    SCORE_WORST(Order.asc("score")),
    DISTANCE_NEAREST(Order.asc("distanceKm").nullsLast()),
    DISTANCE_FARTHEST(Order.desc("distanceKm").nullsLast()),
    URGENCY(Order.asc("urgency")),
    SIZE_LARGEST(Order.desc("familySize")),
    SIZE_SMALLEST(Order.asc("familySize")),
    /** The earliest ready date is the longest wait. */
    WAITING_LONGEST(Order.asc("familyReadyAt").nullsLast());

    private static final Sort TIE_BREAK = Sort.by(Order.desc("score"), Order.asc("familyReference"), Order.asc("id"));

    private final Order first;

    ProposalOrder(Order first) {
        this.first = first;
    }

    /** The parameter's spelling: {@code score-best}, {@code distance-nearest}, … */
    String param() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    Sort sort() {
        return Sort.by(first).and(TIE_BREAK);
    }

    /** Absent means best score first, the list's order before {@code sort} existed. */
    static ProposalOrder fromParam(String value) {
        if (value == null || value.isBlank()) {
            return SCORE_BEST;
        }
        return Arrays.stream(values()).filter(order -> order.param().equals(value)).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("sort", FieldError.INVALID_VALUE,
                        "Sort by one of: " + String.join(", ", Arrays.stream(values()).map(ProposalOrder::param)
                                .toList()) + "."));
    }
}
