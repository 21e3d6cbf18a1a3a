package org.haven.account;

import java.time.Duration;

/**
 * The kinds of links Haven emails to an account, with how long each works. The path segment is
 * also the SPA page the link opens: {@code {public-url}/{path}/{token}}.
 */
enum TokenKind {
    VERIFY_EMAIL("verify-email", Duration.ofDays(7)),
    RESET_PASSWORD("reset-password", Duration.ofMinutes(30)),
    INVITATION("invitation", Duration.ofDays(7)),
    /** A "someone tried to sign up with your address" email: recorded to limit them, never a usable link. */
    SIGN_UP_NOTICE("", Duration.ZERO);

    private final String path;
    private final Duration validFor;

    TokenKind(String path, Duration validFor) {
        this.path = path;
        this.validFor = validFor;
    }

    String path() {
        return path;
    }

    Duration validFor() {
        return validFor;
    }
}
