package org.haven.statistics;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.haven.family.FamilyFigures;
import org.haven.host.HostFigures;
import org.haven.placement.EndReason;
import org.haven.placement.PlacementFigures;
import org.haven.shared.CsvCells;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StatisticsService {

    private final HostFigures hosts;
    private final FamilyFigures families;
    private final PlacementFigures placements;
    private final Clock clock;

    StatisticsService(HostFigures hosts, FamilyFigures families, PlacementFigures placements, Clock clock) {
        this.hosts = hosts;
        this.families = families;
        this.placements = placements;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Statistics current() {
        HostFigures.Figures host = hosts.figures();
        FamilyFigures.Figures family = families.figures();
        PlacementFigures.Figures placement = placements.figures();
        long ended = placement.endedByReason().values().stream().mapToLong(Long::longValue).sum();
        return new Statistics(clock.instant(), host.hostsByStatus(), host.availableByArea(),
                family.familiesByStatus(), family.waitingByUrgency(), median(placement.daysToMatch()),
                placement.daysToMatch().size(), placement.byStatus(), placement.endedByReason(),
                ended == 0 ? null : (double) placement.endedByReason().get(EndReason.BREAKDOWN) / ended);
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** The same figures as rows of {@code section,key,value}, for a spreadsheet. */
    String csv(Statistics statistics) {
        StringBuilder csv = new StringBuilder("section,key,value\n");
        rows(csv, "hostsByStatus", statistics.hostsByStatus());
        statistics.availableByArea().forEach(area -> {
            row(csv, "offersAvailableByArea", area.area(), area.offers());
            row(csv, "bedsAvailableByArea", area.area(), area.beds());
        });
        rows(csv, "familiesByStatus", statistics.familiesByStatus());
        rows(csv, "familiesWaitingByUrgency", statistics.waitingByUrgency());
        row(csv, "timeToMatch", "medianDays", statistics.medianDaysToMatch());
        row(csv, "timeToMatch", "placementsApproved", statistics.placementsApproved());
        rows(csv, "placementsByStatus", statistics.placementsByStatus());
        rows(csv, "placementsEndedByReason", statistics.endedByReason());
        row(csv, "placements", "breakdownRate", statistics.breakdownRate());
        return csv.toString();
    }

    private static void rows(StringBuilder csv, String section, Map<?, Long> counts) {
        counts.forEach((key, value) -> row(csv, section, key.toString(), value));
    }

    private static void row(StringBuilder csv, String section, String key, Object value) {
        csv.append(section).append(',').append(CsvCells.field(key)).append(',').append(value == null ? "" : value).append('\n');
    }
}
