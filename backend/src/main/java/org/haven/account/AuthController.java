package org.haven.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.haven.account.AccountDtos.ChangePasswordRequest;
import org.haven.account.AccountDtos.CheckEmailResponse;
import org.haven.account.AccountDtos.MeResponse;
import org.haven.account.AccountDtos.NewPasswordRequest;
import org.haven.account.AccountDtos.PasswordResetRequest;
import org.haven.account.AccountDtos.RegisterRequest;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
    private final AccountRecovery recovery;
    private final PasswordResetRequests resetRequests;
    private final SignedInSession session;

    AuthController(AccountService accounts, AccountRecovery recovery, PasswordResetRequests resetRequests,
            SignedInSession session) {
        this.accounts = accounts;
        this.recovery = recovery;
        this.resetRequests = resetRequests;
        this.session = session;
    }

    @GetMapping("/me")
    MeResponse me(@AuthenticationPrincipal AccountPrincipal principal) {
        return accounts.me(principal);
    }

    /**
     * Hosts sign themselves up; every other role is created by an admin. The same answer whether
     * or not the email has an account (see {@link AccountRecovery#register}); two sign-ups of one
     * new address at the same moment both get it, one of them having created the account.
     */
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CheckEmailResponse register(@Valid @RequestBody RegisterRequest request) {
        try {
            recovery.register(request);
        } catch (ProblemException problem) {
            if (problem.type() != ProblemType.CONFLICT) {
                throw problem;
            }
        }
        return CheckEmailResponse.CHECK_EMAIL;
    }

    @PostMapping("/verify-email/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verifyEmail(@PathVariable String token) {
        recovery.verifyEmail(token);
    }

    /**
     * The same answer, in the same time, whether or not the email has an account: the request is
     * handled after answering (see {@link PasswordResetRequests}); a known, active account is
     * emailed a link.
     */
    @PostMapping("/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    CheckEmailResponse requestPasswordReset(@Valid @RequestBody PasswordResetRequest request) {
        resetRequests.submit(request.email());
        return CheckEmailResponse.CHECK_EMAIL;
    }

    @PostMapping("/password-reset/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable String token, @Valid @RequestBody NewPasswordRequest request) {
        recovery.resetPassword(token, request.newPassword());
    }

    @PostMapping("/invitation/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acceptInvitation(@PathVariable String token, @Valid @RequestBody NewPasswordRequest request) {
        recovery.acceptInvitation(token, request.newPassword());
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
        session.replace(principal.withPasswordChanged(), httpRequest, httpResponse);
    }
}
