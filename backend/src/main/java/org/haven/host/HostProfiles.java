package org.haven.host;

import java.time.Clock;
import java.util.UUID;

import org.haven.account.AccountDirectory;
import org.haven.account.Role;
import org.haven.shared.ProblemException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds host profiles. Every HOST account gets one when it is created (see
 * {@link HostAccountListener}); {@link #ofHost} also creates one for a host account that predates
 * this module, so no host is ever left without a profile.
 */
@Component
class HostProfiles {

    private final HostProfileRepository profiles;
    private final AccountDirectory accounts;
    private final Clock clock;

    HostProfiles(HostProfileRepository profiles, AccountDirectory accounts, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The signed-in host's own profile. */
    @Transactional(propagation = Propagation.MANDATORY)
    HostProfile ofHost(UUID hostId) {
        return profiles.findById(hostId).orElseGet(() -> {
            boolean isHost = accounts.find(hostId).filter(account -> account.role() == Role.HOST).isPresent();
            if (!isHost) {
                throw ProblemException.notFound("This host");
            }
            return profiles.save(new HostProfile(hostId, clock.instant()));
        });
    }

    /** A host as a caseworker asks for it: 404 for any id that is not a host's. */
    @Transactional(propagation = Propagation.MANDATORY)
    HostProfile existing(UUID hostId) {
        return profiles.findById(hostId).orElseThrow(() -> ProblemException.notFound("This host"));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void createFor(UUID accountId) {
        if (!profiles.existsById(accountId)) {
            profiles.save(new HostProfile(accountId, clock.instant()));
        }
    }
}
