package org.haven.family;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.jpa.domain.Specification;

/**
 * The families list's filters without a text, as a query holding only the conditions asked for.
 * A written query's "{@code :status is null or f.status = :status}" made the database read every
 * case for the count of each page (two thirds of a list request's time at 10,000 cases); without
 * the unused conditions, the unfiltered count is the table's row count and a status or urgency is
 * counted through its index (docs/web-benchmark.md).
 */
final class FamilyListFilter {

    private FamilyListFilter() {
    }

    static Specification<FamilyCase> of(FamilyStatus status, Urgency urgency) {
        List<Specification<FamilyCase>> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add((family, query, where) -> where.equal(family.get("status"), status));
        }
        if (urgency != null) {
            conditions.add((family, query, where) -> where.equal(family.get("urgency"), urgency));
        }
        return Specification.allOf(conditions);
    }
}
