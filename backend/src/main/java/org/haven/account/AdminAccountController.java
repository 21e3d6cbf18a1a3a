package org.haven.account;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.haven.account.AccountDtos.AccountResponse;
import org.haven.account.AccountDtos.CreateAccountRequest;
import org.haven.account.AccountDtos.UpdateAccountRequest;
import org.haven.shared.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Account administration; the URL rules of the security module let only admins in. */
@Validated
@RestController
@RequestMapping("/api/admin/accounts")
class AdminAccountController {

    private final AccountService accounts;
    private final AccountAdministration administration;
    private final AccountRecovery recovery;
    private final SecondFactorService secondFactors;

    AdminAccountController(AccountService accounts, AccountAdministration administration, AccountRecovery recovery,
            SecondFactorService secondFactors) {
        this.accounts = accounts;
        this.secondFactors = secondFactors;
        this.recovery = recovery;
        this.administration = administration;
    }

    @GetMapping
    PageResponse<AccountResponse> list(
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(required = false) @Size(max = 254) String q,
            @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.MAX_PAGE) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return accounts.search(role, status, q, page, size);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    AccountResponse create(@Valid @RequestBody CreateAccountRequest request,
            @AuthenticationPrincipal AccountPrincipal admin) {
        return accounts.create(request, admin.id());
    }

    @GetMapping("/{id}")
    AccountResponse get(@PathVariable UUID id) {
        return administration.get(id);
    }

    /** Role and/or status; 409 for the last active admin and for host ⇄ staff changes. */
    @PatchMapping("/{id}")
    AccountResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateAccountRequest request,
            @AuthenticationPrincipal AccountPrincipal admin) {
        return administration.update(id, request, admin.id());
    }

    /** Emails the invitation again; the earlier links stop working. 409 once the person has a password. */
    @PostMapping("/{id}/invitation")
    AccountResponse resendInvitation(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin) {
        return recovery.resendInvitation(id, admin.id());
    }

    /**
     * Resets a lost second factor: its sessions end, its person is emailed; staff set up a new one
     * at their next sign-in while it is required. Nothing to reset: 200, unchanged.
     */
    @DeleteMapping("/{id}/second-factor")
    AccountResponse resetSecondFactor(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin) {
        return secondFactors.reset(id, admin.id());
    }

    @PostMapping("/{id}/unlock")
    AccountResponse unlock(@PathVariable UUID id, @AuthenticationPrincipal AccountPrincipal admin) {
        return administration.unlock(id, admin.id());
    }
}
