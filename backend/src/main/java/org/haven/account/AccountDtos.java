package org.haven.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.shared.NoDirectionControls;

/** Request and response bodies of the account endpoints. Password rules live in {@link PasswordPolicy}. */
public final class AccountDtos {

    private AccountDtos() {
    }

    public record RegisterRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull String password,
            @NotBlank @Size(max = 100) @NoDirectionControls String displayName) {
    }

    /** No password: the person is emailed an invitation to choose their own. */
    public record CreateAccountRequest(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) @NoDirectionControls String displayName,
            @NotNull Role role) {
    }

    public record PasswordResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    /** The password chosen through an emailed link (reset, invitation). */
    public record NewPasswordRequest(@NotNull String newPassword) {
    }

    /** The answer to a sign-up or a reset request: the same whatever the email, so it tells nothing. */
    public record CheckEmailResponse(String status) {

        static final CheckEmailResponse CHECK_EMAIL = new CheckEmailResponse("CHECK_EMAIL");
    }

    public record ChangePasswordRequest(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    /**
     * Who is signed in; {@code passwordChangeRequired} tells the SPA to ask for a new password
     * first. {@code secondFactor}: {@code REQUIRED} or {@code ENROL} while the session is only half
     * signed in (a code, or the setting-up of a second factor, comes next), else {@code DONE}.
     * {@code secondFactorEnabled}: the account has one; {@code secondFactorOptional}: its owner
     * may turn it on and off (hosts; staff while {@code HAVEN_STAFF_TWO_FACTOR} is {@code optional}).
     */
    public record MeResponse(UUID id, String email, String displayName, Role role, boolean passwordChangeRequired,
            SecondFactor secondFactor, boolean secondFactorEnabled, boolean secondFactorOptional) {
    }

    /** A code of the second factor: 6 digits from the authenticator app, or a recovery code. */
    public record SecondFactorCodeRequest(@NotNull @Size(max = 64) String code) {
    }

    /** A new secret to set up in an authenticator app: as text, as an otpauth URI, and as its QR code (SVG). */
    public record EnrolmentResponse(String secret, String otpauthUri, String qrSvg) {
    }

    /** Shown once, at enrolment: each code works once instead of a code from the app. */
    public record RecoveryCodesResponse(List<String> recoveryCodes) {
    }

    /**
     * An admin's change to an account; an absent field stays as it is. {@code role} between
     * CASEWORKER and ADMIN only; a host stays a host (see {@link AccountAdministration}).
     */
    public record UpdateAccountRequest(Role role, AccountStatus status) {
    }

    /**
     * {@code lockedUntil} is set only while the account is locked after failed sign-ins;
     * {@code invitationPending}: its person has not chosen a password yet (invited, imported, or
     * signed up without following the verification link), so an invitation may be sent again;
     * {@code secondFactorEnabled}: it has a second factor an admin may reset.
     */
    public record AccountResponse(UUID id, String email, String displayName, Role role, AccountStatus status,
            boolean locked, Instant lockedUntil, boolean passwordChangeRequired, boolean invitationPending,
            boolean secondFactorEnabled, Instant createdAt, Instant lastLoginAt) {
    }
}
