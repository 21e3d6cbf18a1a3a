package org.haven.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.family.CaseHistory.Event;
import org.haven.family.FamilyDtos.CaseHistoryEntry;
import org.junit.jupiter.api.Test;

class CaseHistoryTest {

    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID BEN = UUID.randomUUID();
    private static final Map<UUID, String> NAMES = Map.of(ANNA, "Anna", BEN, "Ben");

    private static List<CaseHistoryEntry> history(Event... events) {
        return CaseHistory.of(List.of(events), actor -> actor == null ? "The family" : NAMES.get(actor));
    }

    @Test
    void onePersonsReadsOfOneKindOnOneDayAreOneLineAtTheLatestRead() {
        List<CaseHistoryEntry> lines = history(
                new Event(Instant.parse("2026-12-01T09:00:00Z"), ANNA, "FAMILY_READ"),
                new Event(Instant.parse("2026-12-01T09:05:00Z"), ANNA, "FAMILY_UPDATED"),
                new Event(Instant.parse("2026-12-01T11:00:00Z"), ANNA, "FAMILY_READ"),
                new Event(Instant.parse("2026-12-01T16:30:00Z"), ANNA, "FAMILY_READ"));

        assertThat(lines).containsExactly(
                new CaseHistoryEntry(Instant.parse("2026-12-01T16:30:00Z"), "Anna", "FAMILY_READ", 3),
                new CaseHistoryEntry(Instant.parse("2026-12-01T09:05:00Z"), "Anna", "FAMILY_UPDATED", 1));
    }

    @Test
    void changesAreNeverGroupedNorAreDifferentPeopleKindsOrDays() {
        List<CaseHistoryEntry> lines = history(
                new Event(Instant.parse("2026-12-01T09:00:00Z"), ANNA, "FAMILY_UPDATED"),
                new Event(Instant.parse("2026-12-01T09:01:00Z"), ANNA, "FAMILY_UPDATED"),
                new Event(Instant.parse("2026-12-01T10:00:00Z"), ANNA, "FAMILY_READ"),
                new Event(Instant.parse("2026-12-01T10:01:00Z"), BEN, "FAMILY_READ"),
                new Event(Instant.parse("2026-12-01T10:02:00Z"), ANNA, "FAMILY_HISTORY_READ"),
                new Event(Instant.parse("2026-12-02T10:00:00Z"), ANNA, "FAMILY_READ"));

        assertThat(lines).extracting(CaseHistoryEntry::count).containsOnly(1);
        assertThat(lines).hasSize(6);
    }

    @Test
    void theDayIsTheUkDayNotTheUtcDay() {
        // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time): two days.
        List<CaseHistoryEntry> lines = history(
                new Event(Instant.parse("2026-06-30T22:30:00Z"), ANNA, "FAMILY_READ"),
                new Event(Instant.parse("2026-06-30T23:30:00Z"), ANNA, "FAMILY_READ"));

        assertThat(lines).hasSize(2);
    }

    @Test
    void theFamilysOwnStepsAreKeptAsTheyAre() {
        List<CaseHistoryEntry> lines = history(
                new Event(Instant.parse("2026-12-01T09:00:00Z"), null, "FAMILY_INTAKE_SUBMITTED"),
                new Event(Instant.parse("2026-12-01T09:10:00Z"), null, "FAMILY_INTAKE_SUBMITTED"));

        assertThat(lines).extracting(CaseHistoryEntry::by).containsExactly("The family", "The family");
    }
}
