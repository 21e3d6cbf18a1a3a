package org.haven.family;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.haven.account.AccountPrincipal;
import org.haven.family.FamilyDtos.FamilyRequest;
import org.haven.family.FamilyDtos.FamilyResponse;
import org.haven.family.FamilyDtos.FamilySummary;
import org.haven.family.FamilyDtos.CaseHistoryEntry;
import org.haven.family.FamilyDtos.IntakeLinkResponse;
import org.haven.family.FamilyDtos.StatusRequest;
import org.haven.setup.PublicUrl;
import org.haven.shared.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Family cases, for caseworkers only (URL rules); hosts and admins never reach them. */
@Validated
@RestController
@RequestMapping("/api/families")
class FamilyController {

    private final FamilyService families;
    private final IntakeService intake;
    private final PublicUrl publicUrl;

    FamilyController(FamilyService families, IntakeService intake, PublicUrl publicUrl) {
        this.families = families;
        this.intake = intake;
        this.publicUrl = publicUrl;
    }

    /** With {@code id} (up to 20, comma-separated): just those cases; the other filters are not used then. */
    @GetMapping
    PageResponse<FamilySummary> list(
            @RequestParam(name = "id", required = false) @Size(max = 20) List<UUID> ids,
            @RequestParam(required = false) FamilyStatus status,
            @RequestParam(required = false) Urgency urgency,
            @RequestParam(required = false) @Size(max = 100) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (ids != null && !ids.isEmpty()) {
            return families.summaries(ids, page, size);
        }
        return families.search(status, urgency, q, page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FamilyResponse create(@Valid @RequestBody FamilyRequest request, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return families.create(request, caseworker.id());
    }

    @GetMapping("/{id}")
    FamilyResponse read(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return families.read(id, caseworker.id());
    }

    @PutMapping("/{id}")
    FamilyResponse update(@PathVariable UUID id, @Valid @RequestBody FamilyRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return families.update(id, request, caseworker.id());
    }

    @PostMapping("/{id}/status")
    FamilyResponse changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request,
            @AuthenticationPrincipal AccountPrincipal caseworker) {
        return families.changeStatus(id, request.status(), caseworker.id());
    }

    @PostMapping("/{id}/intake-link")
    @ResponseStatus(HttpStatus.CREATED)
    IntakeLinkResponse createIntakeLink(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker,
            HttpServletRequest request) {
        // Before anything changes: an address Haven cannot vouch for refuses the link.
        return intake.createLink(id, caseworker.id(), publicUrl.forRequest(request));
    }

    @GetMapping("/{id}/history")
    List<CaseHistoryEntry> history(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return families.history(id, caseworker.id());
    }

    @GetMapping("/{id}/export")
    Map<String, Object> export(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return families.export(id, caseworker.id());
    }

    @PostMapping("/{id}/erase")
    FamilyResponse erase(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker) {
        return families.erase(id, caseworker.id());
    }
}
