package org.haven.placement;

import java.util.List;

import org.haven.family.FamilyPlacements.HostFacingSummary;
import org.haven.placement.PlacementDtos.CheckInResponse;
import org.haven.placement.PlacementDtos.HostPlacementResponse;
import org.haven.placement.PlacementDtos.PlacementResponse;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PlacementMapper {

    CheckInResponse toResponse(CheckIn checkIn);

    @Mapping(target = "override", expression = "java(schedule.override(placement))")
    @Mapping(target = "answerDueAt", expression = "java(schedule.answerDueAt(placement))")
    @Mapping(target = "nextCheckInDue", expression = "java(schedule.nextCheckInDue(placement, checkIns))")
    @Mapping(target = "checkInOverdue", expression = "java(schedule.checkInOverdue(placement, checkIns))")
    @Mapping(target = "checkIns", source = "checkIns")
    PlacementResponse toResponse(Placement placement, List<CheckIn> checkIns, @Context PlacementSchedule schedule);

    @Mapping(target = "family", source = "family")
    @Mapping(target = "offeredAt", source = "placement.approvedAt")
    @Mapping(target = "answerDueAt", expression = "java(schedule.answerDueAt(placement))")
    HostPlacementResponse toHostResponse(Placement placement, HostFacingSummary family,
            @Context PlacementSchedule schedule);
}
