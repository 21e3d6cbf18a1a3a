package org.haven.placement;

import org.haven.placement.OverviewDtos.Dashboard;
import org.haven.placement.OverviewDtos.MapView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caseworker's dashboard and map; caseworkers only (security module). */
@RestController
class CaseworkerOverviewController {

    private final CaseworkerOverview overview;

    CaseworkerOverviewController(CaseworkerOverview overview) {
        this.overview = overview;
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
