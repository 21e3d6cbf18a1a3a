package org.haven.family;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.haven.family.BedroomStandard.Sleeper;
import org.haven.shared.Sex;

/** What is computed from a case rather than stored: size, bedrooms needed, safeguarding flags, waiting time. */
final class FamilyFacts {

    private FamilyFacts() {
    }

    static int size(FamilyCase family) {
        return family.getMembers().size();
    }

    /** Unknown ages count as adults and unknown sexes as X until the family has told us. */
    static int bedroomsNeeded(FamilyCase family) {
        List<Sleeper> sleepers = family.getMembers().stream().map(member -> new Sleeper(
                member.getAge() == null ? 30 : member.getAge(), member.getSex() == null ? Sex.X : member.getSex(),
                member.getRelationship() == Relationship.LEAD || member.getRelationship() == Relationship.PARTNER))
                .toList();
        return BedroomStandard.bedroomsNeeded(sleepers);
    }

    /** The safeguarding flag of product.md, set from the members: every adult is a woman. */
    static boolean adultsAllWomen(FamilyCase family) {
        List<FamilyMember> adults = family.getMembers().stream().filter(FamilyMember::isAdult).toList();
        return !adults.isEmpty() && adults.stream().allMatch(member -> member.getSex() == Sex.F);
    }

    /** Days since the case became READY (or since it was opened, before that), for a case still waiting. */
    static Integer waitingDays(FamilyCase family, Clock clock) {
        if (family.getStatus() == FamilyStatus.CLOSED || family.getStatus() == FamilyStatus.PLACED) {
            return null;
        }
        Instant since = family.getReadyAt() != null ? family.getReadyAt() : family.getCreatedAt();
        return (int) Duration.between(since, clock.instant()).toDays();
    }

    static String leadFirstName(FamilyCase family) {
        return family.getMembers().stream().filter(member -> member.getRelationship() == Relationship.LEAD)
                .map(FamilyMember::getFirstName).findFirst().orElse(null);
    }
}
