package org.haven.account;

import java.util.HashSet;
import java.util.Set;

import org.haven.shared.AuditActions;
import org.springframework.stereotype.Component;

/** The audit actions of {@link AccountEvents}. */
@Component
class AccountAuditActions implements AuditActions {

    @Override
    public Set<String> auditActions() {
        Set<String> actions = new HashSet<>(Set.of("ACCOUNT_REGISTERED", "ACCOUNT_REGISTRATION_REPEATED",
                "SIGN_UP_WITH_EXISTING_EMAIL", "EMAIL_VERIFIED", "PASSWORD_RESET_REQUESTED", "PASSWORD_RESET",
                "INVITATION_SENT", "INVITATION_ACCEPTED", "PASSWORD_CHANGED", "PASSWORD_CHECK_FAILED",
                "LOGIN_SUCCEEDED", "LOGIN_FAILED", "ACCOUNT_LOCKED", "ACCOUNT_ROLE_CHANGED", "ACCOUNT_DISABLED",
                "ACCOUNT_ENABLED", "ACCOUNT_UNLOCKED", "SECOND_FACTOR_ENROLLED", "SECOND_FACTOR_SUCCEEDED",
                "SECOND_FACTOR_FAILED", "RECOVERY_CODE_USED", "SECOND_FACTOR_TURNED_OFF", "SECOND_FACTOR_RESET"));
        actions.addAll(AuditActions.perConstant(Role.class, role -> "ACCOUNT_CREATED_" + role.name()));
        return actions;
    }
}
