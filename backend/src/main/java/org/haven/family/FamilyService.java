package org.haven.family;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.account.AccountDirectory;
import org.haven.account.AccountDirectory.AccountSummary;
import org.haven.audit.AuditEvent;
import org.haven.audit.AuditLog;
import org.haven.family.FamilyDtos.FamilyRequest;
import org.haven.family.FamilyDtos.FamilyResponse;
import org.haven.family.FamilyDtos.FamilySummary;
import org.haven.family.FamilyDtos.CaseHistoryEntry;
import org.haven.family.FamilyDtos.Member;
import org.haven.family.FamilyEvents.FamilyCaseEvent;
import org.haven.shared.FieldError;
import org.haven.shared.PageResponse;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.haven.shared.crypto.SearchKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Caseworkers' work on family cases. Every read and every change is audited. */
@Service
class FamilyService {

    /**
     * A text that matches both references and names is read case by case up to this many matches
     * (well under any database's limit of bind parameters in one statement).
     */
    static final int FEW_MATCHES = 500;
    private static final String REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final FamilyCaseRepository families;
    private final IntakeLinkRepository intakeLinks;
    private final FamilyLocator locator;
    private final FamilyMapper mapper;
    private final AuditLog auditLog;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    FamilyService(FamilyCaseRepository families, IntakeLinkRepository intakeLinks, FamilyLocator locator,
            FamilyMapper mapper, AuditLog auditLog, AccountDirectory accounts, ApplicationEventPublisher events,
            Clock clock) {
        this.families = families;
        this.intakeLinks = intakeLinks;
        this.locator = locator;
        this.mapper = mapper;
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The summaries of the given cases (a case's linked families), in the list's order. */
    @Transactional(readOnly = true)
    public PageResponse<FamilySummary> summaries(List<UUID> ids, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("urgency", "createdAt", "id"));
        return PageResponse.of(families.findByIdIn(ids, request), family -> mapper.toSummary(family, clock));
    }

    /**
     * Most urgent first, then those waiting longest. A text matches the start of a reference or a
     * member's whole first name. Which of the two it matches is first asked of their indexes, and the
     * list is then read by the one that matched (a name many cases share, a reference's start); by
     * the few cases found when both matched; and only when both matched many cases (a text that is a
     * common name and the start of many references) in one pass over the list, by the same rule.
     */
    @Transactional(readOnly = true)
    public PageResponse<FamilySummary> search(FamilyStatus status, Urgency urgency, String text, int page, int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("urgency", "createdAt", "id"));
        if (FamilyRules.isBlank(text)) {
            return PageResponse.of(families.findAll(FamilyListFilter.of(status, urgency), request),
                    family -> mapper.toSummary(family, clock));
        }
        String referenceStart = ReferenceSearch.startOf(text);
        SearchKey name = SearchKey.of(text);
        PageRequest atMost = PageRequest.of(0, FEW_MATCHES + 1);
        List<UUID> byReference = families.findIdsByReferenceStart(referenceStart, atMost);
        List<UUID> byName = families.findIdsByMemberName(name, atMost);
        Page<FamilyCase> found;
        if (byReference.isEmpty() && byName.isEmpty()) {
            found = Page.empty(request);
        } else if (byReference.isEmpty()) {
            found = families.searchByMemberName(status, urgency, name, request);
        } else if (byName.isEmpty()) {
            found = families.searchByReferenceStart(status, urgency, referenceStart, request);
        } else {
            Set<UUID> matches = new HashSet<>(byReference);
            matches.addAll(byName);
            found = matches.size() > FEW_MATCHES ? families.search(status, urgency, referenceStart, name, request)
                    : families.searchAmong(matches, status, urgency, request);
        }
        return PageResponse.of(found, family -> mapper.toSummary(family, clock));
    }

    @Transactional
    public FamilyResponse create(FamilyRequest request, UUID actorId) {
        FamilyCase family = new FamilyCase(newReference(), clock.instant());
        apply(family, request, null);
        families.save(family);
        audit(family, actorId, "FAMILY_CREATED");
        return mapper.toResponse(family, clock);
    }

    @Transactional
    public FamilyResponse read(UUID id, UUID actorId) {
        FamilyCase family = existing(id);
        audit(family, actorId, "FAMILY_READ");
        return mapper.toResponse(family, clock);
    }

    @Transactional
    public FamilyResponse update(UUID id, FamilyRequest request, UUID actorId) {
        FamilyCase family = existing(id);
        if (request.version() == null) {
            throw ProblemException.invalidField("version", FieldError.REQUIRED,
                    "Send the version you read, so nobody's changes are overwritten.");
        }
        if (!request.version().equals(family.getVersion())) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Someone else changed this case since you opened it. Reload it and make your change again.");
        }
        if (!family.getStatus().isEditable()) {
            throw new ProblemException(ProblemType.CONFLICT, "A closed case cannot be changed.");
        }
        apply(family, request, family.getNeededFrom());
        audit(family, actorId, "FAMILY_UPDATED");
        return mapper.toResponse(family, clock);
    }

    @Transactional
    public FamilyResponse changeStatus(UUID id, FamilyStatus target, UUID actorId) {
        FamilyCase family = existing(id);
        if (!family.getStatus().caseworkerMoves().contains(target)) {
            throw new ProblemException(ProblemType.CONFLICT, "A case cannot move from " + family.getStatus() + " to "
                    + target + " here. Allowed: " + family.getStatus().caseworkerMoves() + ".");
        }
        if (target == FamilyStatus.READY) {
            FamilyRules.refuseIfAny(FamilyRules.missingForMatching(family), ProblemType.CONFLICT,
                    "Some details are missing before this family can be matched.");
        }
        if (target == FamilyStatus.TRIAGE || target == FamilyStatus.CLOSED) {
            intakeLinks.findByFamilyId(id).forEach(link -> link.revoke(clock.instant()));
        }
        family.moveTo(target, clock.instant());
        audit(family, actorId, "FAMILY_STATUS_" + target.name());
        return mapper.toResponse(family, clock);
    }

    @Transactional
    public List<CaseHistoryEntry> history(UUID id, UUID actorId) {
        FamilyCase family = existing(id);
        audit(family, actorId, "FAMILY_HISTORY_READ");
        List<AuditEvent> entries = auditLog.about(id);
        Map<UUID, AccountSummary> actors = accounts.summaries(
                entries.stream().map(AuditEvent::getActorId).filter(actor -> actor != null).toList());
        return CaseHistory.of(entries.stream()
                .map(entry -> new CaseHistory.Event(entry.getOccurredAt(), entry.getActorId(), entry.getAction()))
                .toList(), actor -> actor == null ? "The family (intake form)"
                : actors.containsKey(actor) ? actors.get(actor).displayName() : "(removed account)");
    }

    /** A subject-access export: everything held about the family, as JSON. */
    @Transactional
    public Map<String, Object> export(UUID id, UUID actorId) {
        FamilyCase family = existing(id);
        audit(family, actorId, "FAMILY_EXPORTED");
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", clock.instant());
        export.put("case", mapper.toResponse(family, clock));
        export.put("intakeLinks", intakeLinks.findByFamilyId(id).stream().map(link -> Map.of(
                "expiresAt", link.getExpiresAt(), "used", link.isUsed())).toList());
        export.put("history", auditLog.about(id).stream().map(entry -> Map.of(
                "at", entry.getOccurredAt(), "action", entry.getAction())).toList());
        return export;
    }

    /** Erasure: personal fields blanked, the case closed; the audit trail and dates stay. */
    @Transactional
    public FamilyResponse erase(UUID id, UUID actorId) {
        FamilyCase family = existing(id);
        if (family.getStatus() == FamilyStatus.MATCHED || family.getStatus() == FamilyStatus.PLACED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This family is in a placement. End the placement before erasing the case.");
        }
        intakeLinks.findByFamilyId(id).forEach(link -> link.revoke(clock.instant()));
        family.erase(clock.instant());
        audit(family, actorId, "FAMILY_ERASED");
        return mapper.toResponse(family, clock);
    }

    FamilyCase existing(UUID id) {
        return families.findById(id).orElseThrow(() -> ProblemException.notFound("This family case"));
    }

    private void apply(FamilyCase family, FamilyRequest request, LocalDate storedNeededFrom) {
        List<FieldError> errors = FamilyRules.problemsWith(request.members(), request.languages(),
                request.preferredPostcode(), request.preferredPlace(), request.neededFrom(), storedNeededFrom,
                LocalDate.now(clock));
        List<UUID> links = request.linkedFamilyIds() == null ? List.of() : request.linkedFamilyIds();
        if (links.contains(family.getId()) || families.countByIdIn(links) != links.stream().distinct().count()) {
            errors.add(new FieldError("linkedFamilyIds", FieldError.INVALID_VALUE,
                    "Link only to other existing family cases."));
        }
        FamilyRules.refuseIfAny(errors, ProblemType.VALIDATION_FAILED, "Some answers about the family need correcting.");
        FamilyLocation location = locator.locate(request.preferredPostcode(), request.preferredPlace());
        family.update(new FamilyDetails(request.urgency(), members(request.members()), request.languages(),
                isTrue(request.needsStepFree()), isTrue(request.needsGroundFloorBedroom()), isTrue(request.hasPets()),
                isTrue(request.petAllergy()), isTrue(request.smoker()), isTrue(request.needsLgbtqiAffirming()),
                normalizedPostcode(request.preferredPostcode()), FamilyRules.blankToNull(request.preferredPlace()),
                request.maxDistanceKm(), FamilyRules.blankToNull(request.locationTies()), links, request.neededFrom(),
                request.expectedStayMonths(), FamilyRules.blankToNull(request.nationality()),
                FamilyRules.blankToNull(request.religion()), FamilyRules.blankToNull(request.contactPhone()),
                FamilyRules.blankToNull(request.contactEmail()), FamilyRules.blankToNull(request.notes())),
                location, clock.instant());
    }

    static List<FamilyMember> members(List<Member> members) {
        return members.stream().map(member -> new FamilyMember(member.firstName().strip(), member.age(), member.sex(),
                member.relationship(), isTrue(member.wheelchairUser()))).toList();
    }

    static String normalizedPostcode(String postcode) {
        return FamilyRules.isBlank(postcode) ? null : postcode.strip().toUpperCase(Locale.ROOT);
    }

    static boolean isTrue(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    private void audit(FamilyCase family, UUID actorId, String action) {
        events.publishEvent(new FamilyCaseEvent(family.getId(), actorId, action));
    }

    private String newReference() {
        String reference;
        do {
            StringBuilder code = new StringBuilder("F-");
            for (int i = 0; i < 6; i++) {
                code.append(REFERENCE_ALPHABET.charAt(random.nextInt(REFERENCE_ALPHABET.length())));
            }
            reference = code.toString();
        } while (families.existsByReference(reference));
        return reference;
    }
}
