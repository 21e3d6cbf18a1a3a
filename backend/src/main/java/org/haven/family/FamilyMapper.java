package org.haven.family;

import java.time.Clock;

import org.haven.family.FamilyDtos.FamilyResponse;
import org.haven.family.FamilyDtos.FamilySummary;
import org.haven.family.FamilyDtos.IntakeForm;
import org.haven.family.FamilyDtos.Member;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = { FamilyFacts.class, java.util.List.class })
interface FamilyMapper {

    Member toMember(FamilyMember member);

    @Mapping(target = "size", expression = "java(FamilyFacts.size(family))")
    @Mapping(target = "bedroomsNeeded", expression = "java(FamilyFacts.bedroomsNeeded(family))")
    @Mapping(target = "adultsAllWomen", expression = "java(FamilyFacts.adultsAllWomen(family))")
    @Mapping(target = "waitingDays", expression = "java(FamilyFacts.waitingDays(family, clock))")
    @Mapping(target = "linkedFamilyIds", expression = "java(List.copyOf(family.getLinkedFamilyIds()))")
    @Mapping(target = "nextStatuses", expression = "java(List.copyOf(family.getStatus().caseworkerMoves()))")
    FamilyResponse toResponse(FamilyCase family, @Context Clock clock);

    @Mapping(target = "leadFirstName", expression = "java(FamilyFacts.leadFirstName(family))")
    @Mapping(target = "size", expression = "java(FamilyFacts.size(family))")
    @Mapping(target = "bedroomsNeeded", expression = "java(FamilyFacts.bedroomsNeeded(family))")
    @Mapping(target = "waitingDays", expression = "java(FamilyFacts.waitingDays(family, clock))")
    FamilySummary toSummary(FamilyCase family, @Context Clock clock);

    @Mapping(target = "expiresAt", source = "link.expiresAt")
    @Mapping(target = "reference", source = "family.reference")
    IntakeForm toIntakeForm(FamilyCase family, IntakeLink link);
}
