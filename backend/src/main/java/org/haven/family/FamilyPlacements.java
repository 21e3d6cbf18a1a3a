package org.haven.family;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.family.FamilyEvents.FamilyCaseEvent;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.haven.shared.Sex;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What placements do to family cases, inside the placement's transaction (MANDATORY), and the
 * minimal summary a host may see of a family proposed to them (product.md → Roles).
 */
@Service
public class FamilyPlacements {

    /**
     * All a host sees of a family before and during a placement: household composition, languages,
     * step-free and pet needs, arrival date. Never names, nationality, religion, health, sexual
     * orientation, contact details or notes (a wheelchair user shows only as a step-free need).
     */
    public record HostFacingSummary(int size, List<Person> members, List<String> languages, boolean needsStepFree,
                                    boolean hasPets, LocalDate neededFrom) {
    }

    public record Person(Integer age, Sex sex) {
    }

    private final FamilyCaseRepository families;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FamilyPlacements(FamilyCaseRepository families, ApplicationEventPublisher events, Clock clock) {
        this.families = families;
        this.events = events;
        this.clock = clock;
    }

    /**
     * READY → MATCHED when a caseworker approves a proposal; 409 when the family no longer waits.
     * Returns since when the family had been READY (for the time-to-match figures).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Instant matched(UUID familyId, UUID actorId) {
        Instant readySince = existing(familyId).getReadyAt();
        move(familyId, Set.of(FamilyStatus.READY), FamilyStatus.MATCHED, actorId,
                "This family is no longer waiting for a home");
        return readySince;
    }

    /** MATCHED → READY when the host declines or does not answer. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void backToReady(UUID familyId, UUID actorId) {
        move(familyId, Set.of(FamilyStatus.MATCHED), FamilyStatus.READY, actorId, "This family is not matched");
    }

    /** MATCHED → PLACED at move-in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void placed(UUID familyId, UUID actorId) {
        move(familyId, Set.of(FamilyStatus.MATCHED), FamilyStatus.PLACED, actorId, "This family is not matched");
    }

    /** A placement ended: the family goes to REMATCH (to be matched again) or its case is CLOSED. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void placementEnded(UUID familyId, boolean rematch, UUID actorId) {
        move(familyId, Set.of(FamilyStatus.MATCHED, FamilyStatus.PLACED),
                rematch ? FamilyStatus.REMATCH : FamilyStatus.CLOSED, actorId, "This family has no live placement");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public HostFacingSummary hostFacingSummary(UUID familyId) {
        FamilyCase family = existing(familyId);
        return new HostFacingSummary(family.getMembers().size(),
                family.getMembers().stream().map(member -> new Person(member.getAge(), member.getSex())).toList(),
                family.getLanguages(),
                family.isNeedsStepFree() || family.getMembers().stream().anyMatch(FamilyMember::isWheelchairUser),
                family.isHasPets(), family.getNeededFrom());
    }

    private void move(UUID familyId, Set<FamilyStatus> from, FamilyStatus to, UUID actorId, String refusal) {
        FamilyCase family = existing(familyId);
        if (!from.contains(family.getStatus())) {
            throw new ProblemException(ProblemType.CONFLICT, refusal + " (the case is " + family.getStatus() + ").");
        }
        family.placementMovesTo(to, clock.instant());
        families.flush(); // the case's version is checked here, inside the caller's transaction
        events.publishEvent(new FamilyCaseEvent(familyId, actorId, "FAMILY_STATUS_" + to.name()));
    }

    private FamilyCase existing(UUID familyId) {
        return families.findById(familyId).orElseThrow(() -> ProblemException.notFound("This family"));
    }
}
