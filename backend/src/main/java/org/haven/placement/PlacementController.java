package org.haven.placement;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.haven.account.AccountPrincipal;
import org.haven.placement.PlacementDtos.ApproveRequest;
import org.haven.placement.PlacementDtos.CheckInRequest;
import org.haven.placement.PlacementDtos.EndRequest;
import org.haven.placement.PlacementDtos.MoveInRequest;
import org.haven.placement.PlacementDtos.PlacementResponse;
import org.haven.placement.PlacementDtos.ReasonRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers' decisions and placements (docs/api.md); the security module lets only caseworkers in. */
@RestController
class PlacementController {

    private final PlacementService placements;
    private final PlacementQueries queries;

    PlacementController(PlacementService placements, PlacementQueries queries) {
        this.placements = placements;
        this.queries = queries;
    }

    @PostMapping("/api/matching/proposals/{id}/approve")
    @ResponseStatus(HttpStatus.CREATED)
    PlacementResponse approve(@PathVariable UUID id, @Valid @RequestBody(required = false) ApproveRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return placements.approve(id, request == null ? null : request.overrideReason(), caseworker.id());
    }

    @PostMapping("/api/matching/proposals/{id}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@PathVariable UUID id, @Valid @RequestBody ReasonRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        placements.reject(id, request.reason(), caseworker.id());
    }

    @GetMapping("/api/placements")
    List<PlacementResponse> list(@RequestParam(required = false) PlacementStatus status) {
        return queries.list(status);
    }

    @GetMapping("/api/placements/{id}")
    PlacementResponse get(@PathVariable UUID id) {
        return queries.get(id);
    }

    @PostMapping("/api/placements/{id}/confirm")
    PlacementResponse confirm(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return placements.confirm(id, caseworker.id());
    }

    @PostMapping("/api/placements/{id}/move-in")
    PlacementResponse moveIn(@PathVariable UUID id, @Valid @RequestBody MoveInRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return placements.moveIn(id, request.date(), caseworker.id());
    }

    @PostMapping("/api/placements/{id}/check-ins")
    @ResponseStatus(HttpStatus.CREATED)
    PlacementResponse checkIn(@PathVariable UUID id, @Valid @RequestBody CheckInRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return placements.checkIn(id, request, caseworker.id());
    }

    @PostMapping("/api/placements/{id}/end")
    PlacementResponse end(@PathVariable UUID id, @Valid @RequestBody EndRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return placements.end(id, request, caseworker.id());
    }
}
