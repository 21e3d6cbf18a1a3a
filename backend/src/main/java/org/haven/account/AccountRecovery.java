package org.haven.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.haven.account.AccountDtos.AccountResponse;
import org.haven.account.AccountDtos.RegisterRequest;
import org.haven.account.AccountEvents.AccountRegistered;
import org.haven.account.AccountEvents.EmailVerified;
import org.haven.account.AccountEvents.InvitationAccepted;
import org.haven.account.AccountEvents.InvitationSent;
import org.haven.account.AccountEvents.PasswordReset;
import org.haven.account.AccountEvents.PasswordResetRequested;
import org.haven.account.AccountEvents.RegistrationRepeated;
import org.haven.account.AccountEvents.SignUpWithExistingEmail;
import org.haven.mail.MailLanguage;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything that reaches an account through its mailbox: sign-up with email verification,
 * forgotten passwords, invitations. The answers to the anonymous requests (sign-up, reset) are
 * the same whatever the email, and so is the work done before answering: one password hash for
 * a sign-up, no hash for a reset request; emails leave after the answer (see the mail module).
 */
@Service
public class AccountRecovery {

    static final String ALREADY_ACTIVE = "invitation-not-needed";

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final AccountMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Passwords are hashed outside any transaction (a connection is never held through Argon2). */
    private final TransactionTemplate transactions;

    AccountRecovery(AccountRepository accounts, AccountLinks links, PasswordPolicy policy, PasswordHasher hasher,
            AccountMapper mapper, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.accounts = accounts;
        this.links = links;
        this.policy = policy;
        this.hasher = hasher;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A host signs up. A new address gets an unverified account whose password is held by the
     * verification link until the owner of the mailbox follows it. An address whose account was
     * never verified (an unfinished sign-up, an invited host) gets a new verification link with
     * this password, ending the older links. An address of a verified account gets "someone
     * tried to sign up with your address" and nothing changes.
     */
    public void register(RegisterRequest request) {
        String email = SignInService.normalizeEmail(request.email());
        policy.problemWith(request.password(), email)
                .ifPresent(problem -> { throw ProblemException.invalidField("password", problem.code(), problem.message()); });
        String passwordHash = hasher.hash(request.password()); // on every path, so all take as long
        transactions.executeWithoutResult(status -> registerHashed(email, request, passwordHash));
    }

    private void registerHashed(String email, RegisterRequest request, String passwordHash) {
        Optional<Account> existing = accounts.findByEmail(email);
        if (existing.isEmpty()) {
            Account account = AccountService.saveNew(accounts, Account.withoutPassword(email,
                    request.displayName().strip(), Role.HOST, MailLanguage.ofCurrentRequest().tag(), clock.instant()));
            events.publishEvent(new AccountRegistered(account.getId()));
            links.email(account, TokenKind.VERIFY_EMAIL, passwordHash);
            return;
        }
        Account account = existing.get();
        if (account.getRole() == Role.HOST && !account.isEmailVerified() && account.getStatus() == AccountStatus.ACTIVE) {
            if (links.mayEmail(account, TokenKind.VERIFY_EMAIL)) {
                events.publishEvent(new RegistrationRepeated(account.getId()));
                links.email(account, TokenKind.VERIFY_EMAIL, passwordHash);
            }
            return;
        }
        boolean emailed = account.getStatus() == AccountStatus.ACTIVE && links.mayEmail(account, TokenKind.SIGN_UP_NOTICE);
        if (emailed) {
            links.emailSignUpNotice(account);
        }
        events.publishEvent(new SignUpWithExistingEmail(account.getId(), emailed));
    }

    /** Follows a verification link: the password chosen at sign-up becomes the account's. */
    @Transactional
    public void verifyEmail(String token) {
        AccountToken link = links.use(TokenKind.VERIFY_EMAIL, token);
        Account account = usable(link);
        account.setPasswordFromEmailedLink(link.getPendingPasswordHash());
        events.publishEvent(new EmailVerified(account.getId()));
    }

    /**
     * Emails a reset link to an active account with this address, within the hourly limit;
     * unknown, disabled and over-the-limit addresses change nothing and answer the same.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        accounts.findByEmail(SignInService.normalizeEmail(email))
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .ifPresent(account -> {
                    boolean emailed = links.mayEmail(account, TokenKind.RESET_PASSWORD);
                    if (emailed) {
                        links.email(account, TokenKind.RESET_PASSWORD, null);
                    }
                    events.publishEvent(new PasswordResetRequested(account.getId(), emailed));
                });
    }

    /** Sets a new password through a reset link; every session of the account ends once committed. */
    public void resetPassword(String token, String newPassword) {
        setPasswordThroughLink(TokenKind.RESET_PASSWORD, token, newPassword,
                account -> events.publishEvent(new PasswordReset(account.getId())));
    }

    /** The invited person chooses their password; the account can then sign in. */
    public void acceptInvitation(String token, String newPassword) {
        setPasswordThroughLink(TokenKind.INVITATION, token, newPassword,
                account -> events.publishEvent(new InvitationAccepted(account.getId())));
    }

    /**
     * Emails an invitation again (ending the earlier links): only to an active account whose
     * person has not chosen a password yet (409 otherwise: a reset is what such a person needs).
     */
    @Transactional
    public AccountResponse resendInvitation(UUID accountId, UUID sentBy) {
        Account account = accounts.findById(accountId).orElseThrow(() -> ProblemException.notFound("The account"));
        if (account.hasPassword() || account.getStatus() != AccountStatus.ACTIVE) {
            String message = account.hasPassword()
                    ? "This person has already chosen a password. If they have forgotten it, they can reset it from the sign-in page."
                    : "This account is disabled. Enable it before sending an invitation.";
            throw new ProblemException(ProblemType.CONFLICT, message,
                    List.of(new FieldError("id", ALREADY_ACTIVE, message)));
        }
        invite(account, sentBy);
        return mapper.toResponse(account, clock.instant());
    }

    /** Emails an invitation, ending the account's earlier ones; runs in the caller's transaction. */
    private void invite(Account account, UUID sentBy) {
        links.email(account, TokenKind.INVITATION, null);
        events.publishEvent(new InvitationSent(account.getId(), sentBy));
    }

    /** Emails the invitation of an account created in the caller's transaction. */
    void inviteNew(Account account, UUID sentBy) {
        links.emailNewAccount(account, TokenKind.INVITATION);
        events.publishEvent(new InvitationSent(account.getId(), sentBy));
    }

    /**
     * Checks the link and the password, hashes it outside any transaction, then in one short
     * transaction uses the link (refused if another request used it meanwhile) and sets it.
     */
    private void setPasswordThroughLink(TokenKind kind, String token, String newPassword, Consumer<Account> done) {
        String email = transactions.execute(status -> usable(links.find(kind, token)).getEmail());
        policy.problemWith(newPassword, email)
                .ifPresent(problem -> { throw ProblemException.invalidField("newPassword", problem.code(), problem.message()); });
        String hash = hasher.hash(newPassword);
        String language = MailLanguage.ofCurrentRequest().tag();
        transactions.executeWithoutResult(status -> {
            Account account = usable(links.use(kind, token));
            account.setPasswordFromEmailedLink(hash);
            account.changeLanguage(language);
            done.accept(account);
        });
    }

    /** The link's account, if it may still act on it: a disabled account's links do nothing. */
    private Account usable(AccountToken link) {
        return accounts.findById(link.getAccountId())
                .filter(account -> account.getStatus() == AccountStatus.ACTIVE)
                .orElseThrow(AccountLinks::gone);
    }
}
