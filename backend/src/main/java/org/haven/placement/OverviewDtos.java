package org.haven.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.family.Urgency;
import org.haven.host.OfferType;

/** The JSON of the caseworker dashboard and map (docs/api.md). */
final class OverviewDtos {

    private OverviewDtos() {
    }

    record Dashboard(List<UrgencyCount> familiesWaiting, List<WaitingFamily> longestWaiting, int proposalsToDecide,
                     List<HostAnswerDue> awaitingHost, List<CheckInDue> checkInsDue,
                     Map<PlacementStatus, Integer> placementsByStatus) {
    }

    record UrgencyCount(Urgency urgency, int count, int longestWaitingDays) {
    }

    record WaitingFamily(UUID familyId, String reference, Urgency urgency, int size, int waitingDays) {
    }

    record HostAnswerDue(UUID placementId, String familyReference, String offerTitle, Instant offeredAt,
                         Instant answerDueAt, boolean reminded) {
    }

    record CheckInDue(UUID placementId, String familyReference, String offerTitle, LocalDate dueOn, boolean overdue) {
    }

    /**
     * What the map shows of an area: when it holds more than can be drawn one by one, {@code
     * clusters} (counts per grid cell) and no pins; otherwise the pins and the lines between them
     * (a line's other end is included even outside the area). {@code truncated}: zoomed in as far as
     * clustering goes and still more pins than the bound, so only the first are sent.
     */
    record MapView(int zoom, boolean clustered, boolean truncated, MapCounts counts, List<MapCluster> clusters,
                   List<MapOffer> offers, List<MapFamily> families, List<MapLine> lines) {
    }

    /** How many offers and families are in the area (with the urgency asked for). */
    record MapCounts(long offers, long families) {
    }

    /** The points of one grid cell: where their centre is, how many of each, and their extent. */
    record MapCluster(double lat, double lon, long offers, long families, double south, double west, double north,
                      double east) {
    }

    /** {@code status}: AVAILABLE, or PLACED while a live placement holds it. */
    record MapOffer(UUID id, String title, OfferType type, String status, double lat, double lon, String place,
                    int maxGuests, UUID hostId) {
    }

    record MapFamily(UUID id, String reference, Urgency urgency, int size, double lat, double lon, String place) {
    }

    /** A proposal or a live placement, drawn from the family's area to the offer. */
    record MapLine(UUID id, String kind, UUID familyId, UUID offerId) {
    }
}
