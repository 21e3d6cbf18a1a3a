package org.haven.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.haven.mail.MailLanguage;
import org.haven.mail.Mailer;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The links Haven emails to an account: {@code {public-url}/{kind}/{token}}, the token 256
 * random bits in base64url (43 characters). Only its SHA-256 is stored, so a copy of the
 * database opens no account. A link works once, until it expires, and only while it is the
 * newest of its kind for the account. At most {@link #PER_HOUR} links of a kind go to one
 * account per hour, counted from the stored rows (so the limit holds across instances); past it
 * nothing is sent and the caller answers as if it had been.
 */
@Component
class AccountLinks {

    static final int PER_HOUR = 3;
    private static final int TOKEN_BYTES = 32;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final AccountTokenRepository tokens;
    private final Mailer mailer;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountLinks(AccountTokenRepository tokens, Mailer mailer, Clock clock) {
        this.tokens = tokens;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Whether another email of this kind may go to the account this hour. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean mayEmail(Account account, TokenKind kind) {
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        return tokens.countByAccountIdAndKindAndCreatedAtAfter(account.getId(), kind, hourAgo) < PER_HOUR;
    }

    /**
     * Ends the account's earlier links of this kind, stores a new one and emails it (after the
     * commit) with the template named like the kind's path.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void email(Account account, TokenKind kind, String pendingPasswordHash) {
        tokens.endAll(account.getId(), kind, clock.instant());
        emailNew(account, kind, pendingPasswordHash);
    }

    /**
     * As {@link #email}, for an account created in this transaction: it has no earlier links to end
     * (an import of thousands of hosts is spared an update each).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void emailNewAccount(Account account, TokenKind kind) {
        emailNew(account, kind, null);
    }

    private void emailNew(Account account, TokenKind kind, String pendingPasswordHash) {
        Instant now = clock.instant();
        String token = newToken();
        tokens.save(new AccountToken(account.getId(), kind, hash(token), pendingPasswordHash, now));
        mailer.sendAfterCommit(account.getEmail(), MailLanguage.ofTag(account.getLanguage()), kind.path(),
                Map.of("name", account.getDisplayName(), "link", mailer.publicUrl() + "/" + kind.path() + "/" + token),
                kind.path() + " link for account " + account.getId());
    }

    /** Emails "someone tried to sign up with your address", with a link to the forgotten-password page. */
    @Transactional(propagation = Propagation.MANDATORY)
    void emailSignUpNotice(Account account) {
        tokens.save(new AccountToken(account.getId(), TokenKind.SIGN_UP_NOTICE, hash(newToken()), null,
                clock.instant()));
        mailer.sendAfterCommit(account.getEmail(), MailLanguage.ofTag(account.getLanguage()), "sign-up-notice",
                Map.of("name", account.getDisplayName(), "link", mailer.publicUrl() + "/forgot-password"),
                "sign-up notice for account " + account.getId());
    }

    /**
     * Uses a link: ends it and answers it. A token of the wrong form or never issued (for this
     * kind) → 404; used, replaced or expired → 410. Concurrent uses of one link: one wins.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    AccountToken use(TokenKind kind, String token) {
        AccountToken found = find(kind, token);
        if (tokens.end(found.getId(), clock.instant()) != 1) {
            throw gone();
        }
        return found;
    }

    /** The link if it could be used now, without using it (404 / 410 as {@link #use}). */
    @Transactional(propagation = Propagation.MANDATORY)
    AccountToken find(TokenKind kind, String token) {
        Optional<AccountToken> found = token != null && TOKEN.matcher(token).matches()
                ? tokens.findByTokenHash(hash(token)).filter(t -> t.getKind() == kind)
                : Optional.empty();
        AccountToken link = found.orElseThrow(() -> ProblemException.notFound("This link"));
        if (!link.isUsableAt(clock.instant())) {
            throw gone();
        }
        return link;
    }

    static ProblemException gone() {
        return new ProblemException(ProblemType.LINK_EXPIRED,
                "This link has expired or has already been used. Ask for a new one.");
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
