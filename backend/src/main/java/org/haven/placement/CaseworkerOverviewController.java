package org.haven.placement;

import org.haven.family.Urgency;
import org.haven.placement.OverviewDtos.Dashboard;
import org.haven.placement.OverviewDtos.MapView;
import org.haven.shared.MapTiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caseworker's dashboard and map; caseworkers only (security module). */
@RestController
class CaseworkerOverviewController {

    private final CaseworkerOverview overview;
    private final CaseworkerMap map;
    private final MapTiles tiles;

    CaseworkerOverviewController(CaseworkerOverview overview, CaseworkerMap map, MapTiles tiles) {
        this.overview = overview;
        this.map = map;
        this.tiles = tiles;
    }

    /** Where the map's tiles come from, so the SPA needs no build-time setting. */
    @GetMapping("/api/map/tiles")
    MapTiles tiles() {
        return tiles;
    }

    @GetMapping("/api/dashboard")
    Dashboard dashboard() {
        return overview.dashboard();
    }

    /** Clusters or pins of the area asked for (all four sides or none), at the zoom asked for (docs/api.md). */
    @GetMapping("/api/map")
    MapView map(@RequestParam(required = false) Double south, @RequestParam(required = false) Double west,
            @RequestParam(required = false) Double north, @RequestParam(required = false) Double east,
            @RequestParam(required = false) Integer zoom, @RequestParam(required = false) Urgency urgency) {
        return map.map(MapRequest.of(south, west, north, east, zoom, urgency));
    }
}
