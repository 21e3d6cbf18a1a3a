package org.haven.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.haven.family.FamilyDtos.FamilyRequest;
import org.haven.family.FamilyDtos.FamilyResponse;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.haven.shared.RequestValidation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Family cases a caseworker imports (the members of one family from a CSV file), opened exactly as
 * {@code POST /api/families} opens them and, when asked, moved to READY by the same rule as
 * {@code POST /api/families/{id}/status}. Runs in the caller's transaction: a refused family throws
 * and leaves nothing behind once the caller rolls back (to the savepoint it set for this family, when
 * the caller imports a batch of families in one transaction: the refusal found before anything is
 * written does not mark that whole transaction rollback-only).
 */
@Service
public class FamilyImports {

    /** The case an imported family became. */
    public record ImportedFamily(UUID id, String reference, FamilyStatus status) {
    }

    private final FamilyService families;
    private final Validator validator;
    private final Clock clock;

    FamilyImports(FamilyService families, Validator validator, Clock clock) {
        this.families = families;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Opens the case ({@code TRIAGE}, or {@code READY} when {@code ready} and nothing matching
     * needs is missing). Every problem found is thrown at once where possible, as field errors
     * named like the request's JSON ({@code members[2].age}, {@code neededFrom}).
     */
    @Transactional(propagation = Propagation.MANDATORY, noRollbackFor = ProblemException.class)
    public ImportedFamily create(FamilyRequest request, boolean ready, UUID actorId) {
        List<FieldError> errors = new ArrayList<>(RequestValidation.fieldErrors(validator, request));
        Set<String> invalid = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        if (request.members() != null && request.languages() != null) {
            FamilyRules.problemsWith(request.members(), request.languages(), request.preferredPostcode(),
                    request.preferredPlace(), request.neededFrom(), null, LocalDate.now(clock)).stream()
                    .filter(error -> !invalid.contains(error.field()) && !startsAnyOf(error.field(), invalid))
                    .forEach(errors::add);
        }
        FamilyRules.refuseIfAny(errors, ProblemType.VALIDATION_FAILED, "Some values of this family need correcting.");
        FamilyResponse created = families.create(request, actorId);
        if (ready) {
            created = families.changeStatus(created.id(), FamilyStatus.READY, actorId);
        }
        return new ImportedFamily(created.id(), created.reference(), created.status());
    }

    /** A rule on {@code languages} says nothing new when {@code languages[1]} is already refused. */
    private static boolean startsAnyOf(String field, Set<String> invalid) {
        return invalid.stream().anyMatch(path -> path.startsWith(field + "["));
    }
}
