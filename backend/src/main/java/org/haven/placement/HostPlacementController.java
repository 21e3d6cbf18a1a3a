package org.haven.placement;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.haven.account.AccountPrincipal;
import org.haven.placement.PlacementDtos.HostPlacementResponse;
import org.haven.placement.PlacementDtos.ReasonRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A host's placements and answers; another host's placement answers 404. */
@RestController
@RequestMapping("/api/host/placements")
class HostPlacementController {

    private final HostPlacementService placements;

    HostPlacementController(HostPlacementService placements) {
        this.placements = placements;
    }

    @GetMapping
    List<HostPlacementResponse> own(@AuthenticationPrincipal AccountPrincipal host) {
        return placements.own(host.id());
    }

    @PostMapping("/{id}/accept")
    HostPlacementResponse accept(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal host) {
        return placements.accept(id, host.id());
    }

    @PostMapping("/{id}/decline")
    HostPlacementResponse decline(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
            @AuthenticationPrincipal AccountPrincipal host) {
        return placements.decline(id, request.reason(), host.id());
    }
}
