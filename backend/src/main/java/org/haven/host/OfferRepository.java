package org.haven.host;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface OfferRepository extends JpaRepository<Offer, UUID> {

    List<Offer> findByHostIdOrderByCreatedAtDesc(UUID hostId);

    List<Offer> findByHostIdIn(Collection<UUID> hostIds);

    Optional<Offer> findByIdAndHostId(UUID id, UUID hostId);

    /** Postcodes of live offers, to filter hosts by postcode area or district. */
    List<Offer> findByStatusNotAndPostcodeIsNotNull(OfferStatus status);
}
