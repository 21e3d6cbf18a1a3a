package org.haven.host;

import java.time.Clock;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

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
    private final EntityManager entities;
    private final Clock clock;

    HostProfiles(HostProfileRepository profiles, AccountDirectory accounts, EntityManager entities, Clock clock) {
        this.profiles = profiles;
        this.accounts = accounts;
        this.entities = entities;
        this.clock = clock;
    }

    /**
     * The host's vetting status for an offer the host saves (Offer.matchable). The profile's version
     * is raised at commit, so a vetting change made meanwhile (VettingMoves, which cannot see this
     * uncommitted offer, and writes an offer only when its flag changes) makes one of the two
     * transactions fail with a conflict (409) instead of leaving a stale flag.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    VettingStatus vettingForOfferChange(UUID hostId) {
        HostProfile profile = ofHost(hostId);
        entities.lock(profile, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return profile.getStatus();
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
