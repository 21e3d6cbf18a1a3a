package org.haven.host;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.haven.account.AccountPrincipal;
import org.haven.host.HostDtos.HostDetail;
import org.haven.host.HostDtos.HostSummary;
import org.haven.host.HostDtos.VettingRequest;
import org.haven.shared.PageResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Caseworkers' view of hosts (URL rules: read CASEWORKER and ADMIN, vetting CASEWORKER). */
@Validated
@RestController
@RequestMapping("/api/hosts")
class HostVettingController {

    private final VettingService vetting;

    HostVettingController(VettingService vetting) {
        this.vetting = vetting;
    }

    @GetMapping
    PageResponse<HostSummary> list(
            @RequestParam(required = false) VettingStatus status,
            @RequestParam(required = false) @Size(max = 254) String q,
            @RequestParam(required = false) @Size(max = 8) String area,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return vetting.search(status, q, area, page, size);
    }

    @GetMapping("/{id}")
    HostDetail detail(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal viewer) {
        return vetting.detail(id, viewer.id());
    }

    @PutMapping("/{id}/vetting")
    HostDetail recordVetting(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal caseworker,
            @Valid @RequestBody VettingRequest request) {
        return vetting.recordVetting(id, caseworker.id(), request);
    }
}
