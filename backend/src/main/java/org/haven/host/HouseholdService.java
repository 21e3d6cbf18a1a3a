package org.haven.host;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.haven.host.HostDtos.Household;
import org.haven.host.HostDtos.OwnVetting;
import org.haven.host.HostDtos.Person;
import org.haven.host.HostEvents.HouseholdChanged;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A host's own household and vetting status. */
@Service
class HouseholdService {

    static final int ADULT_AGE = 18;
    /** The field-error code of a household without an adult (the host is one). */
    static final String NO_ADULT = "household-no-adult";
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final HostProfiles profiles;
    private final HostMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HouseholdService(HostProfiles profiles, HostMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.profiles = profiles;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Household household(UUID hostId) {
        return mapper.toHousehold(profiles.ofHost(hostId));
    }

    @Transactional
    public Household replaceHousehold(UUID hostId, Household household) {
        List<FieldError> errors = problemsWith(household);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some answers about your household need correcting.",
                    errors);
        }
        HostProfile profile = profiles.ofHost(hostId);
        replace(profile, household, hostId);
        return mapper.toHousehold(profile);
    }

    /** Writes a household already checked with {@link #problemsWith}; {@code actorId} did it. */
    void replace(HostProfile profile, Household household, UUID actorId) {
        List<HouseholdMember> members = new ArrayList<>();
        household.adults().forEach(p -> members.add(new HouseholdMember(HouseholdMember.Kind.ADULT, p.sex(), p.age())));
        household.children().forEach(p -> members.add(new HouseholdMember(HouseholdMember.Kind.CHILD, p.sex(), p.age())));
        List<String> petKinds = household.hasPets() ? household.petKinds().stream().map(String::strip).toList() : List.of();
        profile.replaceHousehold(members, household.languages(), household.hasPets(), petKinds, household.smokers(),
                clock.instant());
        events.publishEvent(new HouseholdChanged(profile.getId(), actorId));
    }

    @Transactional
    public OwnVetting ownVetting(UUID hostId) {
        HostProfile profile = profiles.ofHost(hostId);
        VettingChecks checks = profile.checks();
        return new OwnVetting(profile.getStatus(), checks.identityVerified(), checks.homeVisitPassed(),
                checks.dbsChecked(), checks.referencesReceived(), checks.trainingDone(), checks.pending());
    }

    /**
     * The rules Bean Validation cannot express: at least one adult (the host), ages by kind, known
     * and distinct languages, pet kinds.
     */
    static List<FieldError> problemsWith(Household household) {
        List<FieldError> errors = new ArrayList<>();
        if (household.adults().isEmpty()) {
            errors.add(new FieldError("adults", NO_ADULT, "A household needs at least one adult: add yourself, the "
                    + "host, and any other adult who lives with you."));
        }
        for (int i = 0; i < household.adults().size(); i++) {
            Person adult = household.adults().get(i);
            if (adult.age() < ADULT_AGE) {
                errors.add(new FieldError("adults[" + i + "].age", "out-of-range",
                        "An adult is 18 or older; add younger people as children."));
            }
        }
        for (int i = 0; i < household.children().size(); i++) {
            if (household.children().get(i).age() >= ADULT_AGE) {
                errors.add(new FieldError("children[" + i + "].age", "out-of-range",
                        "A child is under 18; add older people as adults."));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String language : household.languages()) {
            if (!ISO_LANGUAGES.contains(language)) {
                errors.add(new FieldError("languages", FieldError.INVALID_VALUE, "'" + language + "' is not a language code."));
            } else if (!seen.add(language)) {
                errors.add(new FieldError("languages", "duplicate", "'" + language + "' is listed twice."));
            }
        }
        if (household.hasPets() && household.petKinds().isEmpty()) {
            errors.add(new FieldError("petKinds", FieldError.REQUIRED, "Say which pets live with you."));
        }
        if (!household.hasPets() && !household.petKinds().isEmpty()) {
            errors.add(new FieldError("petKinds", FieldError.INVALID_VALUE, "Pet kinds are only for a household with pets."));
        }
        return errors;
    }
}
