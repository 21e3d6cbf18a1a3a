package org.haven.family;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families as the caseworkers' dashboard and map show them: the READY cases that matching takes
 * ({@link FamilyMatchingCatalogue#readyFamilies()}), read as a few plain columns by one query.
 * Loading (and decrypting) every READY case with its members, languages and links, one query
 * each, took seconds per dashboard or map with thousands of cases (docs/web-benchmark.md).
 */
@Component
public class FamilyOverview {

    /** Reference, urgency, size and approximate place only; lat/lon null without a place. */
    public record Summary(UUID id, String reference, Urgency urgency, long size, Instant readyAt, Double lat,
                          Double lon, String place) {
    }

    private static final Comparator<Summary> LONGEST_READY_FIRST = Comparator
            .comparing(Summary::readyAt, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Summary::id);

    /** Well under any database's limit of bind parameters in one statement. */
    private static final int IDS_PER_QUERY = 1000;

    private final FamilyCaseRepository families;

    FamilyOverview(FamilyCaseRepository families) {
        this.families = families;
    }

    /** Every family waiting for a home (READY, with everything matching needs), READY longest first. */
    @Transactional(readOnly = true)
    public List<Summary> waiting() {
        return families.findWaiting().stream().sorted(LONGEST_READY_FIRST).toList();
    }

    /** The given families, whatever their status (e.g. those in live placements). */
    @Transactional(readOnly = true)
    public List<Summary> of(Collection<UUID> familyIds) {
        List<Summary> found = new ArrayList<>();
        List<UUID> ids = List.copyOf(familyIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            found.addAll(families.findOverviews(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))));
        }
        return found;
    }
}
