package org.haven.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.haven.account.AccountDirectory;
import org.haven.account.AccountDirectory.AccountSummary;
import org.haven.account.AccountService;
import org.haven.account.Role;
import org.haven.host.HostDtos.Household;
import org.haven.host.HostDtos.OfferRequest;
import org.haven.shared.FieldError;
import org.haven.shared.NoDirectionControls;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.haven.shared.RequestValidation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers a caseworker imports with their host's contact and household (one CSV row each), checked
 * by the same rules as a host's own form. Runs in the caller's transaction: a refused row throws
 * and leaves nothing behind once the caller rolls back (to the savepoint it set for this row, when
 * the caller imports a batch of rows in one transaction: the refusal found before anything is
 * written does not mark that whole transaction rollback-only).
 *
 * <p>A new email becomes a HOST account without a password (it cannot sign in until its user sets
 * one) whose vetting starts at {@code APPLIED} like any other host's: importing never approves.
 */
@Service
public class HostImports {

    /** What one imported row did. */
    public record ImportedOffer(UUID hostId, UUID offerId, boolean hostCreated, boolean householdSet) {
    }

    /** The host a row names; {@code displayName} is used only when the email is new to Haven. */
    public record HostContact(
            @NotBlank @Email @Size(max = 254) String email,
            @NotBlank @Size(max = 100) @NoDirectionControls String displayName) {
    }

    private final AccountDirectory accounts;
    private final AccountService accountService;
    private final HostProfiles profiles;
    private final HouseholdService households;
    private final OfferService offers;
    private final Validator validator;

    HostImports(AccountDirectory accounts, AccountService accountService, HostProfiles profiles,
            HouseholdService households, OfferService offers, Validator validator) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.profiles = profiles;
        this.households = households;
        this.offers = offers;
        this.validator = validator;
    }

    /**
     * Adds the offer to the host with this email, creating the host first when the email is new.
     * A new host's household is required; an existing host's is written only when they have none
     * yet and the row describes one (their own description wins). Every problem found is thrown at once, as field errors named like the
     * fields of {@link HostContact}, {@link Household} and {@link OfferRequest}.
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ProblemException.class)
    public ImportedOffer importOffer(HostContact contact, Household household, OfferRequest offer, UUID actorId) {
        List<FieldError> contactErrors = RequestValidation.fieldErrors(validator, contact);
        boolean emailValid = contactErrors.stream().noneMatch(error -> error.field().equals("email"));
        Optional<AccountSummary> existing = emailValid ? accounts.findByEmail(contact.email()) : Optional.empty();

        List<FieldError> errors = new ArrayList<>();
        existing.ifPresentOrElse(account -> {
            if (account.role() != Role.HOST) {
                errors.add(new FieldError("email", "not-a-host",
                        "This email belongs to a staff account, not a host. Offers can only be added to hosts."));
            }
        }, () -> errors.addAll(contactErrors));
        boolean isHost = existing.map(account -> account.role() == Role.HOST).orElse(false);
        boolean writeHousehold = !isHost
                || (describes(household) && !profiles.ofHost(existing.get().id()).hasHousehold());
        if (writeHousehold) {
            errors.addAll(problemsWith(household));
        }
        errors.addAll(problemsWith(offer));
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some values of this offer need correcting.", errors);
        }

        UUID hostId = isHost ? existing.get().id()
                : accountService.createWithoutPassword(contact.email(), contact.displayName(), Role.HOST, actorId);
        HostProfile profile = profiles.ofHost(hostId);
        if (writeHousehold) {
            households.replace(profile, household, actorId);
        }
        Offer saved = offers.save(hostId, offer, actorId);
        return new ImportedOffer(hostId, saved.getId(), !isHost, writeHousehold);
    }

    /** Whether the row says anything about the household (an existing host's may be left out). */
    private static boolean describes(Household household) {
        return !household.adults().isEmpty() || !household.children().isEmpty() || !household.languages().isEmpty()
                || !household.petKinds().isEmpty() || Boolean.TRUE.equals(household.hasPets())
                || Boolean.TRUE.equals(household.smokers());
    }

    private List<FieldError> problemsWith(Household household) {
        List<FieldError> errors = new ArrayList<>(RequestValidation.fieldErrors(validator, household));
        if (errors.isEmpty()) {
            errors.addAll(HouseholdService.problemsWith(household));
        }
        return errors;
    }

    private List<FieldError> problemsWith(OfferRequest offer) {
        List<FieldError> errors = new ArrayList<>(RequestValidation.fieldErrors(validator, offer));
        Set<String> refused = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        offers.problemsWith(offer, null).stream().filter(error -> !refused.contains(error.field())).forEach(errors::add);
        return errors;
    }
}
