package org.haven.account;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.haven.account.AccountDtos.AccountResponse;
import org.haven.account.AccountDtos.UpdateAccountRequest;
import org.haven.account.AccountEvents.AccountRoleChanged;
import org.haven.account.AccountEvents.AccountStatusChanged;
import org.haven.account.AccountEvents.AccountUnlocked;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an admin does to an existing account: change its role, disable or re-enable it, clear a
 * sign-in lock. Two rules guard it:
 * <ul>
 * <li>Haven always keeps one active admin: nobody may disable or demote the last one, themselves
 * included. The check locks every active admin's row first, so two admins demoting each other at
 * the same moment are served one after the other and the second is refused.</li>
 * <li>A host stays a host and staff stay staff: a host account carries a host profile, offers and
 * a vetting history that a caseworker or admin account must not inherit (nor lose). Caseworker ⇄
 * admin is allowed.</li>
 * </ul>
 */
@Service
public class AccountAdministration {

    static final String LAST_ADMIN = "last-admin";
    static final String ROLE_CHANGE_NOT_ALLOWED = "role-change-not-allowed";

    private final AccountRepository accounts;
    private final AccountMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountAdministration(AccountRepository accounts, AccountMapper mapper, ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountResponse get(UUID accountId) {
        return mapper.toResponse(existing(accountId), clock.instant());
    }

    /**
     * Applies the role and status given (absent ones stay), refusing what the rules above forbid.
     * A change of role or a disabling ends the account's sessions once committed.
     */
    @Transactional
    public AccountResponse update(UUID accountId, UpdateAccountRequest request, UUID adminId) {
        Account account = existing(accountId);
        Role role = request.role() == null ? account.getRole() : request.role();
        AccountStatus status = request.status() == null ? account.getStatus() : request.status();
        refuseHostStaffSwitch(account.getRole(), role);
        if (account.isActiveAdmin() && (role != Role.ADMIN || status != AccountStatus.ACTIVE)) {
            refuseIfLastActiveAdmin(account, role != Role.ADMIN ? "role" : "status");
        }
        if (role != account.getRole()) {
            Role before = account.getRole();
            account.changeRole(role);
            events.publishEvent(new AccountRoleChanged(accountId, adminId, before, role));
        }
        if (status != account.getStatus()) {
            AccountStatus before = account.getStatus();
            account.changeStatus(status);
            events.publishEvent(new AccountStatusChanged(accountId, adminId, before, status));
        }
        // Flushed here so a concurrent change of the same account answers 409 now, not after the response.
        accounts.flush();
        return mapper.toResponse(account, clock.instant());
    }

    /** Clears a sign-in lock and the failures counting towards one; nothing to clear changes nothing. */
    @Transactional
    public AccountResponse unlock(UUID accountId, UUID adminId) {
        Account account = existing(accountId);
        Instant now = clock.instant();
        if (account.hasSignInFailuresAt(now)) {
            Instant lockedUntil = account.isLockedAt(now) ? account.getLockedUntil() : null;
            int failures = account.getFailedLoginCount();
            account.unlock();
            events.publishEvent(new AccountUnlocked(accountId, adminId, lockedUntil, failures));
            accounts.flush();
        }
        return mapper.toResponse(account, now);
    }

    private Account existing(UUID accountId) {
        return accounts.findById(accountId).orElseThrow(() -> ProblemException.notFound("The account"));
    }

    private static void refuseHostStaffSwitch(Role from, Role to) {
        if ((from == Role.HOST) != (to == Role.HOST)) {
            String message = from == Role.HOST
                    ? "A host account cannot become a staff account. Create a separate account for this person."
                    : "A staff account cannot become a host account. The person can sign up as a host with another email address.";
            throw new ProblemException(ProblemType.CONFLICT, message,
                    List.of(new FieldError("role", ROLE_CHANGE_NOT_ALLOWED, message)));
        }
    }

    private void refuseIfLastActiveAdmin(Account account, String field) {
        accounts.lockActiveAdmins();
        if (accounts.countOtherActiveAdmins(account.getId()) == 0) {
            String message = "Haven needs at least one active administrator. Make another account an active "
                    + "administrator first.";
            throw new ProblemException(ProblemType.CONFLICT, message,
                    List.of(new FieldError(field, LAST_ADMIN, message)));
        }
    }
}
