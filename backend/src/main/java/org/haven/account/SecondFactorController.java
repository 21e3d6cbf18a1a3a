package org.haven.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.haven.account.AccountDtos.EnrolmentResponse;
import org.haven.account.AccountDtos.RecoveryCodesResponse;
import org.haven.account.AccountDtos.SecondFactorCodeRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Two-factor sign-in (TOTP). A half-signed-in session (the password was right) reaches only these
 * routes, {@code me} and sign-out (see the security module); the second step done, the session is
 * fully signed in under a new id.
 */
@RestController
@RequestMapping("/api/auth/totp")
class SecondFactorController {

    private final SecondFactorService secondFactors;
    private final SignedInSession session;

    SecondFactorController(SecondFactorService secondFactors, SignedInSession session) {
        this.secondFactors = secondFactors;
        this.session = session;
    }

    /** A code from the authenticator app or a recovery code: 204, fully signed in. */
    @PostMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void verify(@AuthenticationPrincipal AccountPrincipal principal, @Valid @RequestBody SecondFactorCodeRequest request,
            HttpServletRequest httpRequest, HttpServletResponse httpResponse) {
        secondFactors.verify(principal.id(), request.code());
        session.replace(principal.withSecondFactorDone(), httpRequest, httpResponse);
    }

    /** A new secret, its otpauth URI and QR code; from an enrolling session or a signed-in one without a second factor. */
    @PostMapping("/enrolment")
    EnrolmentResponse startEnrolment(@AuthenticationPrincipal AccountPrincipal principal) {
        return secondFactors.startEnrolment(principal.id());
    }

    /** The first code from the app: the second factor is on, the ten recovery codes are shown once. */
    @PostMapping("/enrolment/confirm")
    RecoveryCodesResponse confirmEnrolment(@AuthenticationPrincipal AccountPrincipal principal,
            @Valid @RequestBody SecondFactorCodeRequest request, HttpServletRequest httpRequest,
            HttpServletResponse httpResponse) {
        RecoveryCodesResponse codes = new RecoveryCodesResponse(
                secondFactors.confirmEnrolment(principal.id(), request.code()));
        if (principal.secondFactor() != SecondFactor.DONE) {
            session.replace(principal.withSecondFactorDone(), httpRequest, httpResponse);
        }
        return codes;
    }

    /** Turns an optional second factor off, confirmed with a current code (or a recovery code). */
    @PostMapping("/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void turnOff(@AuthenticationPrincipal AccountPrincipal principal, @Valid @RequestBody SecondFactorCodeRequest request) {
        secondFactors.turnOff(principal.id(), request.code());
    }
}
