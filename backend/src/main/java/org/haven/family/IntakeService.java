package org.haven.family;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.haven.family.FamilyDtos.IntakeForm;
import org.haven.family.FamilyDtos.IntakeLinkResponse;
import org.haven.family.FamilyDtos.IntakeRequest;
import org.haven.family.FamilyEvents.FamilyCaseEvent;
import org.haven.family.FamilyEvents.IntakeSubmitted;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private intake links: a caseworker sends one; the family opens it without an account, saves
 * and returns as often as it likes within 14 days, and submits once. The case then waits in
 * triage. Only the token's hash is stored.
 */
@Service
class IntakeService {

    static final Duration LIFETIME = Duration.ofDays(14);

    private final FamilyService families;
    private final IntakeLinkRepository links;
    private final FamilyLocator locator;
    private final FamilyMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IntakeService(FamilyService families, IntakeLinkRepository links, FamilyLocator locator, FamilyMapper mapper,
            ApplicationEventPublisher events, Clock clock) {
        this.families = families;
        this.links = links;
        this.locator = locator;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new link replaces any earlier one; the case waits for the family (INTAKE_PENDING).
     *
     * @param publicUrl where families reach Haven, without a trailing slash (see {@link org.haven.setup.PublicUrl})
     */
    @Transactional
    public IntakeLinkResponse createLink(UUID familyId, UUID caseworkerId, String publicUrl) {
        FamilyCase family = families.existing(familyId);
        if (family.getStatus() != FamilyStatus.TRIAGE && family.getStatus() != FamilyStatus.INTAKE_PENDING) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "An intake link is for a case in triage; this case is " + family.getStatus() + ".");
        }
        links.findByFamilyId(familyId).forEach(link -> link.revoke(clock.instant()));
        String token = IntakeTokens.newToken();
        IntakeLink link = links.save(new IntakeLink(familyId, IntakeTokens.hash(token), caseworkerId, clock.instant(),
                clock.instant().plus(LIFETIME)));
        family.moveTo(FamilyStatus.INTAKE_PENDING, clock.instant());
        events.publishEvent(new FamilyCaseEvent(familyId, caseworkerId, "FAMILY_INTAKE_LINK_CREATED"));
        return new IntakeLinkResponse(publicUrl + "/intake/" + token, link.getExpiresAt());
    }

    @Transactional(readOnly = true)
    public IntakeForm form(String token) {
        IntakeLink link = usableLink(token);
        return mapper.toIntakeForm(families.existing(link.getFamilyId()), link);
    }

    /** Saves the family's answers so far; caseworker-only fields (urgency, notes, ...) are kept. */
    @Transactional
    public IntakeForm save(String token, IntakeRequest request) {
        IntakeLink link = usableLink(token);
        FamilyCase family = families.existing(link.getFamilyId());
        List<FieldError> errors = FamilyRules.problemsWith(request.members(), request.languages(),
                request.preferredPostcode(), request.preferredPlace(), request.neededFrom(), family.getNeededFrom(),
                LocalDate.now(clock));
        FamilyRules.refuseIfAny(errors, ProblemType.VALIDATION_FAILED, "Some answers need correcting.");
        FamilyLocation location = locator.locate(request.preferredPostcode(), request.preferredPlace());
        family.update(new FamilyDetails(family.getUrgency(), FamilyService.members(request.members()),
                request.languages(), FamilyService.isTrue(request.needsStepFree()),
                FamilyService.isTrue(request.needsGroundFloorBedroom()), FamilyService.isTrue(request.hasPets()),
                FamilyService.isTrue(request.petAllergy()), FamilyService.isTrue(request.smoker()),
                FamilyService.isTrue(request.needsLgbtqiAffirming()),
                FamilyService.normalizedPostcode(request.preferredPostcode()),
                FamilyRules.blankToNull(request.preferredPlace()), family.getMaxDistanceKm(),
                FamilyRules.blankToNull(request.locationTies()), List.copyOf(family.getLinkedFamilyIds()),
                request.neededFrom(), request.expectedStayMonths(), family.getNationality(), family.getReligion(),
                FamilyRules.blankToNull(request.contactPhone()), FamilyRules.blankToNull(request.contactEmail()),
                family.getNotes()),
                location, clock.instant());
        events.publishEvent(new FamilyCaseEvent(family.getId(), null, "FAMILY_INTAKE_SAVED"));
        return mapper.toIntakeForm(family, link);
    }

    /** Submits once: the link is used up and the case goes to a caseworker for triage. */
    @Transactional
    public void submit(String token) {
        IntakeLink link = usableLink(token);
        FamilyCase family = families.existing(link.getFamilyId());
        FamilyRules.refuseIfAny(FamilyRules.missingForMatching(family), ProblemType.VALIDATION_FAILED,
                "A few answers are still missing.");
        link.submit(clock.instant());
        family.moveTo(FamilyStatus.TRIAGE, clock.instant());
        events.publishEvent(new IntakeSubmitted(family.getId(), family.getReference(), link.getCreatedBy()));
    }

    private IntakeLink usableLink(String token) {
        IntakeLink link = links.findByTokenHash(IntakeTokens.hash(token))
                .orElseThrow(() -> ProblemException.notFound("This link"));
        if (link.isUsed()) {
            throw new ProblemException(ProblemType.INTAKE_LINK_USED,
                    "This form has already been sent, or the link was replaced. Your caseworker has your answers.");
        }
        if (!link.isUsable(clock.instant())) {
            throw new ProblemException(ProblemType.INTAKE_LINK_EXPIRED,
                    "This link has expired. Ask your caseworker for a new one.");
        }
        return link;
    }
}
