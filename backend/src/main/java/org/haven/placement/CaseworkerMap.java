package org.haven.placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

import org.haven.family.FamiliesOnMap;
import org.haven.family.FamiliesOnMap.WaitingPoint;
import org.haven.family.FamilyOverview;
import org.haven.family.FamilyOverview.Summary;
import org.haven.host.OffersOnMap;
import org.haven.host.OffersOnMap.OfferPin;
import org.haven.host.OffersOnMap.OfferPoint;
import org.haven.matching.ProposalDecisions;
import org.haven.matching.ProposalDecisions.UndecidedPair;
import org.haven.placement.OverviewDtos.MapCluster;
import org.haven.placement.OverviewDtos.MapCounts;
import org.haven.placement.OverviewDtos.MapFamily;
import org.haven.placement.OverviewDtos.MapLine;
import org.haven.placement.OverviewDtos.MapOffer;
import org.haven.placement.OverviewDtos.MapView;
import org.haven.placement.PlacementRepository.LivePair;
import org.haven.shared.MapArea;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caseworker's map of an area: waiting families, available offers and those held by live
 * placements, at approximate places. With more points than a person can tell apart, it answers
 * counts per grid cell (about 64 screen pixels wide at the zoom asked for), from the country's
 * points as read at most a few seconds ago; otherwise pins, read now, with the proposals and live
 * placements between them as lines. Either way the answer is bounded whatever the caseload
 * (docs/api.md).
 */
@Service
class CaseworkerMap {

    /** Up to this many points in the area, every one is a pin; beyond it, clusters. */
    static final int MAX_PINS = 500;
    /** From this zoom on (a few streets) clustering stops: pins, at most MAX_PINS of each kind. */
    static final int PINS_FROM_ZOOM = 13;
    /** No answer has more clusters than this: the cells grow when the area is too large for the zoom. */
    static final int MAX_CELLS = 4096;

    private final FamiliesOnMap familiesOnMap;
    private final FamilyOverview familyOverview;
    private final OffersOnMap offersOnMap;
    private final ProposalDecisions proposals;
    private final PlacementRepository placements;
    private final CountrySnapshot country;

    CaseworkerMap(FamiliesOnMap familiesOnMap, FamilyOverview familyOverview, OffersOnMap offersOnMap,
            ProposalDecisions proposals, PlacementRepository placements, CountrySnapshot country) {
        this.familiesOnMap = familiesOnMap;
        this.familyOverview = familyOverview;
        this.offersOnMap = offersOnMap;
        this.proposals = proposals;
        this.placements = placements;
        this.country = country;
    }

    /** The cell size in degrees: 64 of Leaflet's 256 × 2^zoom pixels around the world, grown to fit MAX_CELLS. */
    static double cellSize(MapArea area, int zoom) {
        double size = 90.0 / (1L << zoom);
        while (((area.north() - area.south()) / size + 1) * ((area.east() - area.west()) / size + 1) > MAX_CELLS) {
            size *= 2;
        }
        return size;
    }

    /**
     * Zoomed out with more points in the area than a person can tell apart: counts per cell, from
     * the country's points as read at most a few seconds ago ({@link CountrySnapshot}). Otherwise
     * pins, read now.
     */
    @Transactional(readOnly = true)
    public MapView map(MapRequest request) {
        if (request.zoom() < PINS_FROM_ZOOM) {
            CountrySnapshot.Points points = country.points();
            List<WaitingPoint> families = points.families().stream()
                    .filter(family -> request.area().contains(family.lat(), family.lon()))
                    .filter(family -> request.urgency() == null || family.urgency() == request.urgency()).toList();
            List<OfferPoint> offers = points.offers().stream()
                    .filter(offer -> request.area().contains(offer.lat(), offer.lon())).toList();
            if (families.size() + offers.size() > MAX_PINS) {
                return clustered(request, families, offers);
            }
        }
        return pins(request);
    }

    private MapView pins(MapRequest request) {
        MapArea area = request.area();
        List<LivePair> live = placements.findLivePairs();
        CountrySnapshot.Points lately = country.points();
        List<Summary> placedFamilies = familiesOnMap.amongIn(CountrySnapshot.Points.mayBeIn(
                live.stream().map(LivePair::familyId).toList(), lately.placedFamilies(), area), area, request.urgency());
        List<OfferPin> placedOffers = offersOnMap.pinsIn(CountrySnapshot.Points.mayBeIn(
                live.stream().map(LivePair::offerId).toList(), lately.heldOffers(), area), area);

        Map<UUID, MapFamily> families = new LinkedHashMap<>();
        placedFamilies.stream().limit(MAX_PINS).forEach(family -> families.put(family.id(), family(family)));
        int waitingLimit = MAX_PINS - families.size();
        List<Summary> waiting = familiesOnMap.waiting(area, request.urgency(), waitingLimit);
        waiting.forEach(family -> families.put(family.id(), family(family)));
        Map<UUID, MapOffer> offers = new LinkedHashMap<>();
        placedOffers.stream().limit(MAX_PINS).forEach(offer -> offers.put(offer.id(), offer(offer, true)));
        int availableLimit = MAX_PINS - offers.size();
        List<OfferPin> available = offersOnMap.available(area, availableLimit);
        available.forEach(offer -> offers.put(offer.id(), offer(offer, false)));
        MapCounts counts = new MapCounts(
                counted(available, availableLimit, () -> offersOnMap.countAvailable(area)) + placedOffers.size(),
                counted(waiting, waitingLimit, () -> familiesOnMap.countWaiting(area, request.urgency()))
                        + placedFamilies.size());
        boolean truncated = counts.families() > families.size() || counts.offers() > offers.size();

        List<MapLine> lines = lines(live, families.keySet(), offers.keySet());
        addOtherEnds(lines, families, offers, live);
        List<MapLine> drawn = lines.stream().filter(line -> families.containsKey(line.familyId())
                && offers.containsKey(line.offerId()) && wanted(families.get(line.familyId()), request)).toList();
        return new MapView(request.zoom(), false, truncated, counts, List.of(), List.copyOf(offers.values()),
                List.copyOf(families.values()), drawn);
    }

    /** A page that is not full holds them all: counting them again would only cost a query. */
    private static long counted(List<?> page, int limit, LongSupplier count) {
        return page.size() < limit ? page.size() : count.getAsLong();
    }

    private MapView clustered(MapRequest request, List<WaitingPoint> families, List<OfferPoint> offers) {
        double size = cellSize(request.area(), request.zoom());
        Map<List<Long>, MapCell> familyCells = new LinkedHashMap<>();
        families.forEach(family -> add(familyCells, MapCell.of(family.lat(), family.lon(), size)));
        Map<List<Long>, MapCell> offerCells = new LinkedHashMap<>();
        offers.forEach(offer -> add(offerCells, MapCell.of(offer.lat(), offer.lon(), size)));

        Map<List<Long>, MapCell> both = new TreeMap<>(Comparator.<List<Long>, Long>comparing(key -> key.get(0))
                .thenComparing(key -> key.get(1)));
        familyCells.values().forEach(cell -> add(both, cell));
        offerCells.values().forEach(cell -> add(both, cell));
        List<MapCluster> clusters = both.entrySet().stream().map(entry -> {
            MapCell cell = entry.getValue();
            return new MapCluster(cell.lat(), cell.lon(), count(offerCells.get(entry.getKey())),
                    count(familyCells.get(entry.getKey())), cell.minLat(), cell.minLon(), cell.maxLat(), cell.maxLon());
        }).toList();
        return new MapView(request.zoom(), true, false, new MapCounts(offers.size(), families.size()), clusters,
                List.of(), List.of(), List.of());
    }

    /** Undecided proposals (best score first) and live placements with an end among the pins. */
    private List<MapLine> lines(List<LivePair> live, Set<UUID> familyIds, Set<UUID> offerIds) {
        List<MapLine> lines = new ArrayList<>();
        for (UndecidedPair proposal : proposals.undecidedPairs()) {
            if (familyIds.contains(proposal.familyId()) || offerIds.contains(proposal.offerId())) {
                lines.add(new MapLine(proposal.id(), "PROPOSAL", proposal.familyId(), proposal.offerId()));
            }
        }
        for (LivePair placement : live) {
            if (familyIds.contains(placement.familyId()) || offerIds.contains(placement.offerId())) {
                lines.add(new MapLine(placement.placementId(), "PLACEMENT", placement.familyId(), placement.offerId()));
            }
        }
        return lines;
    }

    /**
     * A line is drawn whole: its end outside the area (or past the bound) is sent as well, if the
     * map shows it at all (a waiting family or one in a live placement; an available offer or one a
     * live placement holds). A proposal whose family no longer waits is not drawn, as before.
     */
    private void addOtherEnds(List<MapLine> lines, Map<UUID, MapFamily> families, Map<UUID, MapOffer> offers,
            List<LivePair> live) {
        Set<UUID> placedFamilies = live.stream().map(LivePair::familyId).collect(Collectors.toSet());
        Set<UUID> heldOffers = live.stream().map(LivePair::offerId).collect(Collectors.toSet());
        Map<Boolean, List<UUID>> missingFamilies = lines.stream().map(MapLine::familyId)
                .filter(id -> !families.containsKey(id)).distinct()
                .collect(Collectors.partitioningBy(placedFamilies::contains));
        Map<Boolean, List<UUID>> missingOffers = lines.stream().map(MapLine::offerId)
                .filter(id -> !offers.containsKey(id)).distinct()
                .collect(Collectors.partitioningBy(heldOffers::contains));
        familyOverview.of(missingFamilies.get(true)).stream().filter(family -> family.lat() != null)
                .forEach(family -> families.put(family.id(), family(family)));
        familiesOnMap.waitingAmong(missingFamilies.get(false)).stream().filter(family -> family.lat() != null)
                .forEach(family -> families.put(family.id(), family(family)));
        offersOnMap.pins(missingOffers.get(true)).forEach(offer -> offers.put(offer.id(), offer(offer, true)));
        offersOnMap.availableAmong(missingOffers.get(false)).forEach(offer -> offers.put(offer.id(), offer(offer, false)));
    }

    private static boolean wanted(MapFamily family, MapRequest request) {
        return request.urgency() == null || family.urgency() == request.urgency();
    }

    private static MapFamily family(Summary family) {
        return new MapFamily(family.id(), family.reference(), family.urgency(), (int) family.size(), family.lat(),
                family.lon(), family.place());
    }

    private static MapOffer offer(OfferPin offer, boolean placed) {
        return new MapOffer(offer.id(), offer.title(), offer.type(), placed ? "PLACED" : "AVAILABLE", offer.lat(),
                offer.lon(), offer.place(), offer.maxGuests(), offer.hostId());
    }

    private static void add(Map<List<Long>, MapCell> cells, MapCell cell) {
        cells.merge(List.of(cell.row(), cell.column()), cell, MapCell::plus);
    }

    private static long count(MapCell cell) {
        return cell == null ? 0 : cell.count();
    }
}
