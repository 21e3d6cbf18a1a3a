package org.haven.family;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.haven.family.FamilyDtos.CaseHistoryEntry;

/**
 * A case's history as caseworkers read it: every change, but one person's repeated reads of the
 * same kind on one day as one line ("Case opened · 6 times that day"), else each visit buries the
 * changes. The audit log itself keeps every read.
 */
final class CaseHistory {

    /** Days as people in the UK count them. */
    static final ZoneId DAYS = ZoneId.of("Europe/London");

    private CaseHistory() {
    }

    /** What the audit log says happened to the case; {@code actor} null: the family, by the intake form. */
    record Event(Instant at, UUID actor, String action) {
    }

    /**
     * {@code events} oldest first; {@code nameOf} says who an actor is (null: the family, through the
     * intake form). Reads are grouped by actor, action and day, at the day's latest read.
     */
    static List<CaseHistoryEntry> of(List<Event> events, Function<UUID, String> nameOf) {
        record ReadsOfADay(UUID actor, String action, LocalDate day) {
        }
        Map<ReadsOfADay, Integer> lineOfGroup = new HashMap<>();
        List<CaseHistoryEntry> lines = new ArrayList<>();
        for (Event event : events) {
            CaseHistoryEntry line = new CaseHistoryEntry(event.at(), nameOf.apply(event.actor()), event.action(), 1);
            if (!isRead(event.action()) || event.actor() == null) {
                lines.add(line);
                continue;
            }
            ReadsOfADay group = new ReadsOfADay(event.actor(), event.action(), event.at().atZone(DAYS).toLocalDate());
            Integer index = lineOfGroup.putIfAbsent(group, lines.size());
            if (index == null) {
                lines.add(line);
            } else {
                lines.set(index, new CaseHistoryEntry(line.at(), line.by(), line.action(), lines.get(index).count() + 1));
            }
        }
        return lines;
    }

    /** Reads are the audit actions that only looked (FAMILY_READ, FAMILY_HISTORY_READ, …). */
    static boolean isRead(String action) {
        return action.endsWith("_READ");
    }
}
