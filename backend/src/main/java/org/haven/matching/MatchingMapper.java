package org.haven.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.haven.matching.MatchingDtos.ProposalResponse;
import org.haven.matching.MatchingDtos.UnassignedResponse;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(uses = ExplanationJson.class)
interface MatchingMapper {

    @Mapping(target = "family.reference", source = "proposal.familyReference")
    @Mapping(target = "family.size", source = "proposal.familySize")
    @Mapping(target = "family.adults", source = "proposal.familyAdults")
    @Mapping(target = "family.children", source = "proposal.familyChildren")
    @Mapping(target = "family.urgency", source = "proposal.urgency")
    @Mapping(target = "family.waitingDays", expression = "java(waitingDays(proposal.getFamilyReadyAt(), clock))")
    @Mapping(target = "family.preferredPlace", source = "proposal.familyPlace")
    @Mapping(target = "offer.title", source = "proposal.offerTitle")
    @Mapping(target = "offer.type", source = "proposal.offerType")
    @Mapping(target = "offer.place", source = "proposal.offerPlace")
    @Mapping(target = "offer.bedrooms", source = "proposal.offerBedrooms")
    @Mapping(target = "offer.maxGuests", source = "proposal.offerMaxGuests")
    @Mapping(target = "offer.hostId", source = "proposal.hostId")
    ProposalResponse toResponse(Proposal proposal, @Context Clock clock);

    @Mapping(target = "waitingDays", expression = "java(waitingDays(family.getReadyAt(), clock))")
    UnassignedResponse toResponse(UnassignedFamily family, @Context Clock clock);

    /** Whole days since the case became READY; null when that is not known. */
    default Integer waitingDays(Instant readyAt, Clock clock) {
        return readyAt == null ? null : (int) Duration.between(readyAt, clock.instant()).toDays();
    }
}
