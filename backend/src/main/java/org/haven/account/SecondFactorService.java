package org.haven.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.commons.codec.binary.Base32;
import org.haven.account.AccountDtos.AccountResponse;
import org.haven.account.AccountDtos.EnrolmentResponse;
import org.haven.account.AccountEvents.AccountLocked;
import org.haven.account.AccountEvents.RecoveryCodeUsed;
import org.haven.account.AccountEvents.SecondFactorEnrolled;
import org.haven.account.AccountEvents.SecondFactorFailed;
import org.haven.account.AccountEvents.SecondFactorReset;
import org.haven.account.AccountEvents.SecondFactorSucceeded;
import org.haven.account.AccountEvents.SecondFactorTurnedOff;
import org.haven.mail.MailLanguage;
import org.haven.mail.Mailer;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second factor of a sign-in: a TOTP authenticator app ({@link TotpCodes}) and ten single-use
 * recovery codes.
 * <ul>
 * <li>Every code is checked with the account's row locked, and the time step of an accepted code
 * is stored: a code of that step (or an earlier one) is refused afterwards, whichever instance is
 * asked, so a code seen over someone's shoulder cannot be used again.</li>
 * <li>A wrong code counts towards the account's sign-in lock, like a wrong password, and while the
 * account is locked no code is checked at all (429).</li>
 * <li>Recovery codes carry 80 random bits and are stored only as SHA-256: a copy of the database
 * gives none of them, and 2^80 guesses are out of reach (a slow hash would add nothing but ten
 * Argon2 runs per attempt).</li>
 * </ul>
 */
@Service
public class SecondFactorService {

    static final int RECOVERY_CODES = 10;
    private static final String CODE_WRONG = "code-wrong";

    private final AccountRepository accounts;
    private final TotpCodes totp;
    private final StaffTwoFactorProperties twoFactor;
    private final LockoutProperties lockout;
    private final ApplicationEventPublisher events;
    private final Mailer mailer;
    private final AccountMapper mapper;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(AccountRepository accounts, TotpCodes totp, StaffTwoFactorProperties twoFactor,
            LockoutProperties lockout, ApplicationEventPublisher events, Mailer mailer, AccountMapper mapper,
            Clock clock, PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.totp = totp;
        this.twoFactor = twoFactor;
        this.lockout = lockout;
        this.events = events;
        this.mailer = mailer;
        this.mapper = mapper;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** How a code check ended; a failure is committed before the caller answers it. */
    private record Outcome(boolean accepted, Instant lockedUntil) {
    }

    /** The second step of a sign-in: a code from the app or a recovery code. */
    public void verify(UUID accountId, String code) {
        checkCode(accountId, code, account -> account.recordSuccessfulLogin(clock.instant()));
    }

    /**
     * Turns the second factor off, confirmed with a current code (not the password: a second
     * factor is there for when the password is known to someone else). Refused for staff while
     * the setting requires one.
     */
    public void turnOff(UUID accountId, String code) {
        checkCode(accountId, code, account -> {
            if (twoFactor.requiredFor(account.getRole())) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "Staff accounts must keep their second factor. Ask an administrator to reset it if you lost it.");
            }
            account.removeSecondFactor();
            events.publishEvent(new SecondFactorTurnedOff(account.getId()));
        });
    }

    /** A new secret to set up in the app; it replaces any enrolment not confirmed yet. 409 if one is set up already. */
    @Transactional
    public EnrolmentResponse startEnrolment(UUID accountId) {
        Account account = lockedAccount(accountId);
        if (account.hasSecondFactor()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This account already has a second factor. Turn it off first to set up a new one.");
        }
        String secret = totp.newSecret();
        account.startSecondFactorEnrolment(secret);
        String uri = TotpCodes.otpauthUri(secret, account.getEmail());
        return new EnrolmentResponse(secret, uri, QrCodeSvg.of(uri));
    }

    /**
     * Confirms the enrolment with a first code from the app and answers the recovery codes (the
     * only time they are shown). A wrong code does not count towards the lock: the secret was
     * shown a moment ago to this session, nobody is guessing anything.
     */
    @Transactional
    public List<String> confirmEnrolment(UUID accountId, String code) {
        Account account = lockedAccount(accountId);
        if (account.hasSecondFactor() || account.getTotpPendingSecret() == null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "There is no second factor being set up. Start again to get a new QR code.");
        }
        OptionalLong step = totp.matchingStep(account.getTotpPendingSecret(), normalized(code), clock.instant());
        if (step.isEmpty() || !account.acceptTimeStep(step.getAsLong())) {
            throw wrongCode();
        }
        List<String> codes = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recoveryCode = newRecoveryCode();
            codes.add(recoveryCode);
            hashes.add(hash(normalized(recoveryCode)));
        }
        account.confirmSecondFactor(hashes, clock.instant());
        events.publishEvent(new SecondFactorEnrolled(accountId));
        return codes;
    }

    /**
     * An admin resets a lost second factor: it and its recovery codes are gone, the account's
     * sessions end, its person is emailed. Nothing to reset: the account as it is, nothing audited.
     */
    @Transactional
    public AccountResponse reset(UUID accountId, UUID adminId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> ProblemException.notFound("The account"));
        if (account.removeSecondFactor()) {
            events.publishEvent(new SecondFactorReset(accountId, adminId));
            email(account, "second-factor-reset");
            accounts.flush();
        }
        return mapper.toResponse(account, clock.instant());
    }

    private void checkCode(UUID accountId, String code, Consumer<Account> onAccepted) {
        Outcome outcome = transactions.execute(status -> check(accountId, normalized(code), onAccepted));
        if (outcome.accepted()) {
            return;
        }
        Instant now = clock.instant();
        if (outcome.lockedUntil() != null && now.isBefore(outcome.lockedUntil())) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Too many wrong codes: this account is locked for a while. Try again later.")
                    .retryAfter(Duration.between(now, outcome.lockedUntil()));
        }
        throw wrongCode();
    }

    private Outcome check(UUID accountId, String code, Consumer<Account> onAccepted) {
        Account account = lockedAccount(accountId);
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            return new Outcome(false, account.getLockedUntil());
        }
        if (!account.hasSecondFactor()) {
            throw new ProblemException(ProblemType.CONFLICT, "This account has no second factor.");
        }
        if (accept(account, code, now)) {
            onAccepted.accept(account);
            return new Outcome(true, null);
        }
        Instant lockedUntil = account.recordFailedLogin(now, lockout.maxFailures(), lockout.firstLock(),
                lockout.longestLock());
        events.publishEvent(new SecondFactorFailed(accountId));
        if (lockedUntil != null) {
            events.publishEvent(new AccountLocked(accountId, lockedUntil));
        }
        return new Outcome(false, lockedUntil);
    }

    private boolean accept(Account account, String code, Instant now) {
        OptionalLong step = totp.matchingStep(account.getTotpSecret(), code, now);
        if (step.isPresent()) {
            if (!account.acceptTimeStep(step.getAsLong())) {
                return false; // this code (or a later one) was accepted already: a replay
            }
            events.publishEvent(new SecondFactorSucceeded(account.getId(), "TOTP"));
            return true;
        }
        if (!code.isEmpty() && account.useRecoveryCode(hash(code))) {
            events.publishEvent(new RecoveryCodeUsed(account.getId(), account.getRecoveryCodesLeft()));
            events.publishEvent(new SecondFactorSucceeded(account.getId(), "RECOVERY_CODE"));
            email(account, "recovery-code-used");
            return true;
        }
        return false;
    }

    private Account lockedAccount(UUID accountId) {
        return accounts.lockById(accountId)
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "Please sign in."));
    }

    private void email(Account account, String template) {
        mailer.sendAfterCommit(account.getEmail(), MailLanguage.ofTag(account.getLanguage()), template,
                Map.of("name", account.getDisplayName()), template + " notice for account " + account.getId());
    }

    /** 80 random bits as 16 base32 characters, in groups of four: {@code abcd-efgh-ijkl-mnop}. */
    private String newRecoveryCode() {
        byte[] bytes = new byte[10];
        random.nextBytes(bytes);
        String text = new Base32().encodeAsString(bytes).toLowerCase(Locale.ROOT);
        return String.join("-", text.substring(0, 4), text.substring(4, 8), text.substring(8, 12), text.substring(12, 16));
    }

    /** What was typed, without spaces and dashes, in lower case: codes are read aloud and copied by hand. */
    static String normalized(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private static String hash(String normalizedCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalizedCode.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException wrongCode() {
        return ProblemException.invalidField("code", CODE_WRONG,
                "This code is not right or has been used already. Type the newest code from your app, or a recovery code.");
    }
}
