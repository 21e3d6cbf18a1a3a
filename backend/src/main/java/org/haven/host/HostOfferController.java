package org.haven.host;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.haven.account.AccountPrincipal;
import org.haven.host.HostDtos.OfferRequest;
import org.haven.host.HostDtos.OfferResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in host's own offers (URL rules: HOST only; ownership checked in the service). */
@RestController
@RequestMapping("/api/host/offers")
class HostOfferController {

    private final OfferService offers;

    HostOfferController(OfferService offers) {
        this.offers = offers;
    }

    @GetMapping
    List<OfferResponse> list(@AuthenticationPrincipal AccountPrincipal host) {
        return offers.list(host.id());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OfferResponse create(@AuthenticationPrincipal AccountPrincipal host, @Valid @RequestBody OfferRequest request) {
        return offers.create(host.id(), request);
    }

    @GetMapping("/{id}")
    OfferResponse get(@AuthenticationPrincipal AccountPrincipal host, @PathVariable UUID id) {
        return offers.get(host.id(), id);
    }

    @PutMapping("/{id}")
    OfferResponse update(@AuthenticationPrincipal AccountPrincipal host, @PathVariable UUID id,
            @Valid @RequestBody OfferRequest request) {
        return offers.update(host.id(), id, request);
    }

    /** Withdraws the offer; it is kept for the placements and the audit trail that refer to it. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@AuthenticationPrincipal AccountPrincipal host, @PathVariable UUID id) {
        offers.withdraw(host.id(), id);
    }
}
