package org.haven.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.haven.family.FamilyDtos.Member;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;

/** The rules across fields that Bean Validation cannot express, for caseworkers and families alike. */
final class FamilyRules {

    static final String NO_ADULT = "Haven can only place families with at least one adult. Children without an adult "
            + "follow a separate, regulated route: contact the local authority's children's services.";
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private FamilyRules() {
    }

    /** Problems with what was sent; {@code storedNeededFrom} lets an existing case keep a date now past. */
    static List<FieldError> problemsWith(List<Member> members, List<String> languages, String postcode, String place,
            LocalDate neededFrom, LocalDate storedNeededFrom, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        long leads = members.stream().filter(member -> member.relationship() == Relationship.LEAD).count();
        long partners = members.stream().filter(member -> member.relationship() == Relationship.PARTNER).count();
        if (leads != 1) {
            errors.add(new FieldError("members", "one-lead", "Mark exactly one person as the lead member."));
        }
        if (partners > 1) {
            errors.add(new FieldError("members", "one-partner", "Only one person can be the lead's partner."));
        }
        boolean allAgesKnown = members.stream().allMatch(member -> member.age() != null);
        boolean anyAdult = members.stream().anyMatch(member -> member.age() != null && member.age() >= 18);
        if (allAgesKnown && !anyAdult) {
            errors.add(new FieldError("members", "no-adult", NO_ADULT));
        }
        Set<String> seen = new HashSet<>();
        for (String language : languages) {
            if (!ISO_LANGUAGES.contains(language) || !seen.add(language)) {
                errors.add(new FieldError("languages", FieldError.INVALID_VALUE,
                        "'" + language + "' is not a language code or is listed twice."));
            }
        }
        if (!isBlank(postcode) && !isBlank(place)) {
            errors.add(new FieldError("preferredPostcode", "one-location", "Give a postcode or a place name, not both."));
        }
        if (neededFrom != null && neededFrom.isBefore(today) && !neededFrom.equals(storedNeededFrom)) {
            errors.add(new FieldError("neededFrom", "date-not-future", "The date cannot be in the past."));
        }
        return errors;
    }

    /**
     * The one definition of a family that matching takes: READY, with nothing
     * {@linkplain #missingForMatching missing}. {@link FamilyCase} stores its answer (column
     * {@code family_case.matchable}) whenever it changes what this reads; every query and check
     * uses that stored answer. Changing this rule means a migration that recomputes the column
     * (as V11 first filled it).
     */
    static boolean matchable(FamilyCase family) {
        return family.getStatus() == FamilyStatus.READY && missingForMatching(family).isEmpty();
    }

    /** What must be known before a case enters matching (READY) or a family submits its form. */
    static List<FieldError> missingForMatching(FamilyCase family) {
        List<FieldError> errors = new ArrayList<>();
        List<FamilyMember> members = family.getMembers();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).getAge() == null) {
                errors.add(new FieldError("members[" + i + "].age", FieldError.REQUIRED, "Give this person's age."));
            }
            if (members.get(i).getSex() == null) {
                errors.add(new FieldError("members[" + i + "].sex", FieldError.REQUIRED, "Give this person's sex."));
            }
        }
        if (members.stream().noneMatch(FamilyMember::isAdult) && errors.isEmpty()) {
            errors.add(new FieldError("members", "no-adult", NO_ADULT));
        }
        if (family.getNeededFrom() == null) {
            errors.add(new FieldError("neededFrom", FieldError.REQUIRED, "Say from when a home is needed."));
        }
        if (family.getExpectedStayMonths() == null) {
            errors.add(new FieldError("expectedStayMonths", FieldError.REQUIRED, "Say how long a stay is expected."));
        }
        return errors;
    }

    static void refuseIfAny(List<FieldError> errors, ProblemType type, String detail) {
        if (!errors.isEmpty()) {
            throw new ProblemException(type, detail, errors);
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }
}
