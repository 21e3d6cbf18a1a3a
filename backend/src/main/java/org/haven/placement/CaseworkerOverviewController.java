package org.haven.placement;

import org.haven.placement.OverviewDtos.Dashboard;
import org.haven.placement.OverviewDtos.MapView;
import org.haven.shared.MapTiles;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caseworker's dashboard and map; caseworkers only (security module). */
@RestController
class CaseworkerOverviewController {

    private final CaseworkerOverview overview;
    private final MapTiles tiles;

    CaseworkerOverviewController(CaseworkerOverview overview, MapTiles tiles) {
        this.overview = overview;
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

    @GetMapping("/api/map")
    MapView map() {
        return overview.map();
    }
}
