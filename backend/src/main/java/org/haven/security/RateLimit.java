package org.haven.security;

/**
 * The attempts Haven limits, each with a token bucket per client address or per account (see
 * {@link RateLimitFilter} for which request takes from which bucket).
 */
enum RateLimit {
    /** {@code POST /api/auth/login}, per client address; a successful sign-in gives its attempt back. */
    SIGN_IN("Too many sign-in attempts from your connection. Try again in a few minutes."),
    /** {@code POST /api/auth/register}, per client address. */
    REGISTRATION("Too many sign-ups from your connection. Try again later."),
    /** Asking for a password-reset link and using one, per client address. */
    PASSWORD_RESET("Too many password-reset attempts from your connection. Try again later."),
    /** Following an email verification or invitation link, per client address. */
    EMAIL_LINK("Too many attempts with emailed links from your connection. Try again later."),
    /** {@code POST /api/auth/password} (the current password is checked), per signed-in account. */
    PASSWORD_CHECK("Too many attempts to change your password. Try again later."),
    /** Codes of the second factor ({@code POST /api/auth/totp}, enrolment confirmation, turning it off), per account. */
    SECOND_FACTOR("Too many codes tried. Try again in a few minutes.");

    private final String detail;

    RateLimit(String detail) {
        this.detail = detail;
    }

    /** What the client is told with its 429. */
    String detail() {
        return detail;
    }
}
