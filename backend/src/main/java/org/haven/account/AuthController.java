package org.haven.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.haven.account.AccountDtos.ChangePasswordRequest;
import org.haven.account.AccountDtos.MeResponse;
import org.haven.account.AccountDtos.RegisterRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own account. Sign-in and sign-out themselves are handled by the security
 * filter chain ({@code POST /api/auth/login}, {@code POST /api/auth/logout}).
 */
@RestController
@RequestMapping("/api/auth")
class AuthController {

    private final AccountService accounts;
    private final SecurityContextRepository securityContexts;

    AuthController(AccountService accounts, SecurityContextRepository securityContexts) {
        this.accounts = accounts;
        this.securityContexts = securityContexts;
    }

    @GetMapping("/me")
    MeResponse me(@AuthenticationPrincipal AccountPrincipal principal) {
        return accounts.me(principal.id());
    }

    /** Hosts sign themselves up; every other role is created by an admin. */
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    MeResponse register(@Valid @RequestBody RegisterRequest request) {
        return accounts.register(request);
    }

    /**
     * Changes the password, ends the user's other sessions (see the security module) and gives
     * this session a new id, as after any change of privilege.
     */
    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal AccountPrincipal principal,
            @Valid @RequestBody ChangePasswordRequest request, HttpServletRequest httpRequest,
            HttpServletResponse httpResponse) {
        accounts.changePassword(principal.id(), request.currentPassword(), request.newPassword());
        httpRequest.changeSessionId();
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        AccountPrincipal updated = principal.withPasswordChanged();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(updated, null,
                current.getAuthorities()));
        SecurityContextHolder.setContext(context);
        securityContexts.saveContext(context, httpRequest, httpResponse);
    }
}
