package org.haven.family;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family side of a matching run. It joins the caller's transaction (MANDATORY) so that
 * families, hosts and offers are read as one consistent picture. Reading these facts is not an
 * audited read of each case: the run's start is audited by the matching module.
 */
@Component
public class FamilyMatchingCatalogue {

    private final FamilyCaseRepository families;

    FamilyMatchingCatalogue(FamilyCaseRepository families) {
        this.families = families;
    }

    /** Every family matching takes: READY with every member's age and sex and the dates (FamilyRules.matchable). */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<MatchableFamily> readyFamilies() {
        return families.findByMatchableTrue().stream().map(FamilyMatchingCatalogue::matchable).toList();
    }

    /** Families in live placements (whatever their status now): the pinned side of a run. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public List<MatchableFamily> families(Collection<UUID> familyIds) {
        return familyIds.isEmpty() ? List.of()
                : families.findAllById(familyIds).stream().map(FamilyMatchingCatalogue::matchable).toList();
    }

    /** One family, if matching takes it (a caseworker's decision about it): the same rule as readyFamilies. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<MatchableFamily> readyFamily(UUID familyId) {
        return families.findById(familyId).filter(FamilyCase::isMatchable).map(FamilyMatchingCatalogue::matchable);
    }

    private static MatchableFamily matchable(FamilyCase family) {
        List<MatchableFamily.Member> members = family.getMembers().stream()
                .map(member -> new MatchableFamily.Member(member.getAge(), member.getSex(), member.getRelationship(),
                        member.isWheelchairUser()))
                .toList();
        return new MatchableFamily(family.getId(), family.getReference(), members, family.getLanguages(),
                family.isNeedsStepFree(), family.isNeedsGroundFloorBedroom(), family.isHasPets(),
                family.isPetAllergy(), family.isSmoker(), family.isNeedsLgbtqiAffirming(),
                family.getUrgency() == null ? Urgency.NORMAL : family.getUrgency(),
                family.getNeededFrom(), family.getExpectedStayMonths(), family.getLat(), family.getLon(),
                family.getLocationLabel(), family.getMaxDistanceKm(), family.getLinkedFamilyIds(),
                family.getReadyAt());
    }
}
