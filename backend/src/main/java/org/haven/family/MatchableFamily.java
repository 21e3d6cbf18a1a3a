package org.haven.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.shared.Sex;

/**
 * What matching may know of a READY family: the facts of docs/matching.md's instance format plus
 * the reference and the preferred place's label for caseworkers. No names, nationality, religion,
 * contact details or notes.
 */
public record MatchableFamily(UUID id, String reference, List<Member> members, List<String> languages,
                              boolean needsStepFree, boolean needsGroundFloorBedroom, boolean hasPets,
                              boolean petAllergy, boolean smoker, boolean needsLgbtqiAffirming, Urgency urgency,
                              LocalDate neededFrom, int expectedStayMonths, Double lat, Double lon, String place,
                              Integer maxDistanceKm, Set<UUID> linkedFamilyIds, Instant readyAt) {

    public MatchableFamily {
        members = List.copyOf(members);
        languages = List.copyOf(languages);
        linkedFamilyIds = Set.copyOf(linkedFamilyIds);
    }

    public record Member(int age, Sex sex, Relationship relationship, boolean wheelchairUser) {
    }

    public int adults() {
        return (int) members.stream().filter(member -> member.age() >= FamilyMember.ADULT_AGE).count();
    }

    public int children() {
        return members.size() - adults();
    }
}
