package org.haven.family;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families as the caseworkers' dashboard and map show them: the READY cases that matching takes
 * ({@link FamilyMatchingCatalogue#readyFamilies()}, by its stored answer), counted by the database
 * or read as a few plain columns.
 * Loading (and decrypting) every READY case with its members, languages and links, one query
 * each, took seconds per dashboard or map with thousands of cases (docs/web-benchmark.md).
 */
@Component
public class FamilyOverview {

    /** Reference, urgency, size and approximate place only; lat/lon null without a place. */
    public record Summary(UUID id, String reference, Urgency urgency, long size, Instant readyAt, Double lat,
                          Double lon, String place) {
    }

    /** Well under any database's limit of bind parameters in one statement. */
    private static final int IDS_PER_QUERY = 1000;

    private final FamilyCaseRepository families;

    FamilyOverview(FamilyCaseRepository families) {
        this.families = families;
    }

    /** How many families wait at one urgency, and since when the longest of them has waited (null: unknown). */
    public record WaitingLevel(Urgency urgency, long families, Instant longestReadyAt) {
    }

    /**
     * The waiting families counted per urgency by the database: every urgency is there, with 0
     * when none waits. The dashboard needs no more of the thousands of waiting cases than this and
     * {@link #longestWaiting}.
     */
    @Transactional(readOnly = true)
    public List<WaitingLevel> waitingByUrgency() {
        Map<Urgency, WaitingLevel> counted = new EnumMap<>(Urgency.class);
        families.countWaitingByUrgency().forEach(level -> counted.put(level.urgency(), level));
        return Arrays.stream(Urgency.values())
                .map(urgency -> counted.getOrDefault(urgency, new WaitingLevel(urgency, 0, null))).toList();
    }

    /**
     * Up to {@code limit} waiting families, the most urgent first and within an urgency those READY
     * longest first.
     */
    @Transactional(readOnly = true)
    public List<Summary> longestWaiting(int limit) {
        List<Summary> found = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            if (found.size() >= limit) {
                break;
            }
            List<UUID> ids = families.findLongestWaiting(urgency, PageRequest.of(0, limit - found.size()));
            if (ids.isEmpty()) {
                continue;
            }
            Map<UUID, Summary> byId = new HashMap<>();
            families.findOverviews(ids).forEach(summary -> byId.put(summary.id(), summary));
            ids.stream().map(byId::get).filter(Objects::nonNull).forEach(found::add);
        }
        return found;
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
