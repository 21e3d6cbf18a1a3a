package org.haven.host;

import org.haven.account.AccountEvents.AccountCreated;
import org.haven.account.AccountEvents.AccountRegistered;
import org.haven.account.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new host account starts vetting at once, in the same transaction as the account. */
@Component
class HostAccountListener {

    private final HostProfiles profiles;

    HostAccountListener(HostProfiles profiles) {
        this.profiles = profiles;
    }

    @EventListener
    void on(AccountRegistered event) {
        profiles.createFor(event.accountId());
    }

    @EventListener
    void on(AccountCreated event) {
        if (event.role() == Role.HOST) {
            profiles.createFor(event.accountId());
        }
    }
}
