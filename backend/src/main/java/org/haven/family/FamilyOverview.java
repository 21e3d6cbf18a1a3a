package org.haven.family;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Families as the caseworkers' dashboard and map show them: the READY cases that matching takes
 * ({@link FamilyMatchingCatalogue#readyFamilies()}) counted, ranked and placed by the database,
 * reading only the columns shown. Loading (and decrypting) every READY case for three counts and
 * ten rows, or for a map pin each, took seconds with thousands of cases (docs/web-benchmark.md).
 */
@Component
public class FamilyOverview {

    /** The waiting families of one urgency; {@code oldestReadyAt} is null when none has a date. */
    public record Level(Urgency urgency, long count, Instant oldestReadyAt) {
    }

    public record Waiting(UUID id, String reference, Urgency urgency, int size, Instant readyAt) {
    }

    /** A family on the map: its approximate place only. */
    public record Pin(UUID id, String reference, Urgency urgency, int size, double lat, double lon, String place) {
    }

    /** Well under any database's limit of bind parameters in one statement. */
    private static final int IDS_PER_QUERY = 1000;

    private final FamilyCaseRepository families;

    FamilyOverview(FamilyCaseRepository families) {
        this.families = families;
    }

    /** One level for each urgency, most urgent first, zeros included. */
    @Transactional(readOnly = true)
    public List<Level> levels() {
        List<FamilyCaseRepository.WaitingCount> counts = families.countWaiting(FamilyMember.ADULT_AGE);
        List<Level> levels = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            levels.add(counts.stream().filter(count -> count.getUrgency() == urgency).findFirst()
                    .map(count -> new Level(urgency, count.getCount(), count.getOldestReadyAt()))
                    .orElse(new Level(urgency, 0, null)));
        }
        return levels;
    }

    /** The first {@code limit} by urgency, most urgent first, then those READY longest. */
    @Transactional(readOnly = true)
    public List<Waiting> longestWaiting(int limit) {
        List<Waiting> waiting = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            if (waiting.size() >= limit) {
                break;
            }
            families.findWaiting(urgency, FamilyMember.ADULT_AGE, PageRequest.of(0, limit - waiting.size()))
                    .forEach(family -> waiting.add(new Waiting(family.getId(), family.getReference(),
                            family.getUrgency(), family.getMembers().size(), family.getReadyAt())));
        }
        return waiting;
    }

    /** Every waiting (READY, matchable) family that has a place. */
    @Transactional(readOnly = true)
    public List<Pin> waitingPins() {
        return families.findWaitingPins(FamilyMember.ADULT_AGE).stream().map(FamilyOverview::pin).toList();
    }

    /** The given families that have a place, whatever their status (e.g. those in live placements). */
    @Transactional(readOnly = true)
    public List<Pin> pins(Collection<UUID> familyIds) {
        List<Pin> pins = new ArrayList<>();
        List<UUID> ids = List.copyOf(familyIds);
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            families.findPins(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)))
                    .forEach(pin -> pins.add(pin(pin)));
        }
        return pins;
    }

    private static Pin pin(FamilyCaseRepository.PinRow row) {
        return new Pin(row.getId(), row.getReference(), row.getUrgency(), (int) row.getSize(), row.getLat(),
                row.getLon(), row.getPlace());
    }
}
