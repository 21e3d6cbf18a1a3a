package org.haven.host;

import org.haven.host.HostDtos.Household;
import org.haven.host.HostDtos.OfferResponse;
import org.haven.host.HostDtos.Person;
import org.mapstruct.Mapper;

@Mapper
interface HostMapper {

    Household toHousehold(HostProfile profile);

    Person toPerson(HouseholdMember member);

    OfferResponse toResponse(Offer offer, VettingStatus hostStatus);
}
