package org.haven.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.haven.account.AccountDtos.AccountResponse;
import org.haven.account.AccountDtos.CreateAccountRequest;
import org.haven.account.AccountDtos.MeResponse;
import org.haven.account.AccountEvents.AccountCreated;
import org.haven.account.AccountEvents.AccountLocked;
import org.haven.account.AccountEvents.PasswordCheckFailed;
import org.haven.account.AccountEvents.PasswordChanged;
import org.haven.mail.MailLanguage;
import org.haven.shared.FieldError;
import org.haven.shared.PageResponse;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
public class AccountService {

    private static final String EMAIL_TAKEN = "An account with this email address already exists.";

    private final AccountRepository accounts;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AccountMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LockoutProperties lockout;
    /** Password work happens outside transactions; these are the short ones around it. */
    private final TransactionTemplate transactions;
    private final AccountRecovery recovery;
    private final StaffTwoFactorProperties twoFactor;

    AccountService(AccountRepository accounts, PasswordPolicy policy, PasswordHasher hasher, AccountMapper mapper,
            ApplicationEventPublisher events, Clock clock, LockoutProperties lockout,
            PlatformTransactionManager transactionManager, AccountRecovery recovery,
            StaffTwoFactorProperties twoFactor) {
        this.recovery = recovery;
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.policy = policy;
        this.hasher = hasher;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
        this.lockout = lockout;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * An admin creates an account; its person is emailed an invitation to choose their password
     * (no admin ever types one). The invitation is written in the admin's language.
     */
    @Transactional
    public AccountResponse create(CreateAccountRequest request, UUID createdBy) {
        Account account = newAccountWithoutPassword(request.email(), request.displayName(), request.role());
        events.publishEvent(new AccountCreated(account.getId(), createdBy, account.getRole()));
        recovery.inviteNew(account, createdBy);
        return mapper.toResponse(account, clock.instant());
    }

    /**
     * Creates an account on behalf of the system (no acting user): the first admin and demo
     * accounts, which exist before anyone could act.
     */
    public UUID createInitial(String email, String displayName, String password, Role role,
            boolean passwordChangeRequired) {
        String passwordHash = checkedHash(password, email);
        return transactions.execute(status -> {
            Account account = newAccount(email, displayName, passwordHash, role, passwordChangeRequired);
            events.publishEvent(new AccountCreated(account.getId(), null, account.getRole()));
            return account.getId();
        });
    }

    /**
     * Creates demo accounts that share one password (the demo's banner says so): the password is
     * hashed once, not once per account, which spared seconds of every first start. Each email is
     * still checked against the password policy.
     */
    void createInitialSharingOnePassword(List<AccountDemoData.DemoAccount> demoAccounts, String password) {
        demoAccounts.forEach(demo -> policy.problemWith(password, SignInService.normalizeEmail(demo.email()))
                .ifPresent(problem -> { throw ProblemException.invalidField("password", problem.code(), problem.message()); }));
        String passwordHash = hasher.hash(password);
        transactions.executeWithoutResult(status -> demoAccounts.forEach(demo -> {
            Account account = newAccount(demo.email(), demo.displayName(), passwordHash, demo.role(), false);
            events.publishEvent(new AccountCreated(account.getId(), null, account.getRole()));
        }));
    }

    /**
     * Creates an account that cannot sign in until its person follows the invitation emailed to
     * them (after the commit) and chooses a password. Used for hosts a caseworker imports,
     * thousands at a time, so nothing is hashed. {@code createdBy} is the acting caseworker.
     * Runs in the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public UUID createWithoutPassword(String email, String displayName, Role role, UUID createdBy) {
        Account account = newAccountWithoutPassword(email, displayName, role);
        events.publishEvent(new AccountCreated(account.getId(), createdBy, account.getRole()));
        recovery.inviteNew(account, createdBy);
        return account.getId();
    }

    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** The signed-in account, with where this session stands with the second factor. */
    @Transactional(readOnly = true)
    public MeResponse me(AccountPrincipal principal) {
        return accounts.findById(principal.id())
                .map(account -> mapper.toMe(account, principal.secondFactor(),
                        !twoFactor.requiredFor(account.getRole())))
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "Please sign in."));
    }

    /**
     * Changes the password after checking the current one. A wrong current password counts
     * towards the account's sign-in lock (someone holding a stolen session cannot guess it
     * without limit), and while the account is locked no current password is checked at all.
     * Passwords are checked and hashed outside any transaction.
     */
    public void changePassword(UUID accountId, String currentPassword, String newPassword) {
        Account account = transactions.execute(status -> accounts.findById(accountId))
                .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "Please sign in."));
        Instant now = clock.instant();
        if (account.isLockedAt(now)) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Too many wrong passwords: this account is locked for a while. Try again later.")
                    .retryAfter(Duration.between(now, account.getLockedUntil()));
        }
        String currentHash = account.getPasswordHash();
        if (!hasher.matches(currentPassword, currentHash)) {
            transactions.executeWithoutResult(status -> countWrongCurrentPassword(accountId));
            throw ProblemException.invalidField("currentPassword", "password-wrong", "Your current password is not correct.");
        }
        policy.problemWith(newPassword, account.getEmail())
                .ifPresent(problem -> { throw ProblemException.invalidField("newPassword", problem.code(), problem.message()); });
        if (hasher.matches(newPassword, currentHash)) {
            throw ProblemException.invalidField("newPassword", "password-unchanged",
                    "Choose a password different from the current one.");
        }
        String newHash = hasher.hash(newPassword);
        transactions.executeWithoutResult(status -> {
            Account changing = accounts.lockById(accountId)
                    .orElseThrow(() -> new ProblemException(ProblemType.UNAUTHENTICATED, "Please sign in."));
            if (!changing.getPasswordHash().equals(currentHash)) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "Your password was changed meanwhile. Sign in again with the new one.");
            }
            changing.changePassword(newHash);
            events.publishEvent(new PasswordChanged(accountId));
        });
    }

    private void countWrongCurrentPassword(UUID accountId) {
        accounts.lockById(accountId).ifPresent(account -> {
            Instant lockedUntil = account.recordFailedLogin(clock.instant(), lockout.maxFailures(),
                    lockout.firstLock(), lockout.longestLock());
            events.publishEvent(new PasswordCheckFailed(accountId));
            if (lockedUntil != null) {
                events.publishEvent(new AccountLocked(accountId, lockedUntil));
            }
        });
    }

    @Transactional(readOnly = true)
    public PageResponse<AccountResponse> search(Role role, AccountStatus status, String text, int page, int size) {
        String pattern = text == null || text.isBlank() ? null : "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
        PageRequest pageRequest = PageRequest.of(page, size, Sort.by("email"));
        var now = clock.instant();
        return PageResponse.of(accounts.search(role, status, pattern, pageRequest),
                account -> mapper.toResponse(account, now));
    }

    /** The hash of a new account's password once the policy accepts it; called before any transaction. */
    private String checkedHash(String password, String email) {
        policy.problemWith(password, SignInService.normalizeEmail(email))
                .ifPresent(problem -> { throw ProblemException.invalidField("password", problem.code(), problem.message()); });
        return hasher.hash(password);
    }

    private Account newAccount(String email, String displayName, String passwordHash, Role role,
            boolean passwordChangeRequired) {
        String normalizedEmail = SignInService.normalizeEmail(email);
        if (accounts.existsByEmail(normalizedEmail)) {
            throw emailTaken();
        }
        return save(new Account(normalizedEmail, displayName.strip(), passwordHash, role,
                passwordChangeRequired, clock.instant()));
    }

    private Account newAccountWithoutPassword(String email, String displayName, Role role) {
        String normalizedEmail = SignInService.normalizeEmail(email);
        if (accounts.existsByEmail(normalizedEmail)) {
            throw emailTaken();
        }
        return save(Account.withoutPassword(normalizedEmail, displayName.strip(), role,
                MailLanguage.ofCurrentRequest().tag(), clock.instant()));
    }

    private Account save(Account account) {
        return saveNew(accounts, account);
    }

    /** Saves a new account now; 409 {@code email-taken} when another request saved the same email a moment ago. */
    static Account saveNew(AccountRepository accounts, Account account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException violation) {
            if (isDuplicateEmail(violation)) {
                throw emailTaken(); // another request registered the same email a moment ago
            }
            throw violation;
        }
    }

    static boolean isDuplicateEmail(DataIntegrityViolationException violation) {
        String message = String.valueOf(violation.getMostSpecificCause().getMessage());
        return message.toLowerCase(Locale.ROOT).contains("uk_account_email");
    }

    static ProblemException emailTaken() {
        return new ProblemException(ProblemType.CONFLICT, EMAIL_TAKEN, List.of(new FieldError("email", "email-taken", EMAIL_TAKEN)));
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
