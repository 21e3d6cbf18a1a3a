package org.haven.audit;

import org.haven.account.AccountEvents.AccountCreated;
import org.haven.account.AccountEvents.AccountLocked;
import org.haven.account.AccountEvents.AccountRegistered;
import org.haven.account.AccountEvents.LoginFailed;
import org.haven.account.AccountEvents.LoginSucceeded;
import org.haven.account.AccountEvents.PasswordChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audits what happens to accounts, in the same transaction as the change. */
@Component
class AccountAuditListener {

    private static final String ACCOUNT = "ACCOUNT";

    private final AuditLog audit;

    AccountAuditListener(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountRegistered event) {
        audit.record(event.accountId(), "ACCOUNT_REGISTERED", ACCOUNT, event.accountId());
    }

    @EventListener
    void on(AccountCreated event) {
        audit.record(event.createdBy(), "ACCOUNT_CREATED_" + event.role().name(), ACCOUNT, event.accountId());
    }

    @EventListener
    void on(PasswordChanged event) {
        audit.record(event.accountId(), "PASSWORD_CHANGED", ACCOUNT, event.accountId());
    }

    @EventListener
    void on(LoginSucceeded event) {
        audit.record(event.accountId(), "LOGIN_SUCCEEDED", ACCOUNT, event.accountId());
    }

    @EventListener
    void on(LoginFailed event) {
        audit.record(null, "LOGIN_FAILED", event.accountId() == null ? null : ACCOUNT, event.accountId());
    }

    @EventListener
    void on(AccountLocked event) {
        audit.record(null, "ACCOUNT_LOCKED", ACCOUNT, event.accountId());
    }
}
