package org.haven.host;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.shared.AuditSubjectNames;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OfferRepository extends JpaRepository<Offer, UUID> {

    List<Offer> findByHostIdOrderByCreatedAtDesc(UUID hostId);

    List<Offer> findByHostIdIn(Collection<UUID> hostIds);

    Optional<Offer> findByIdAndHostId(UUID id, UUID hostId);

    /**
     * The hosts and postcodes of offers not in a status whose postcode starts with the given
     * letters: only the two columns, so that filtering hosts by area never loads (and decrypts)
     * every offer. Records built by Hibernate, not Spring Data proxies: see FamilyCaseRepository.
     */
    @Query("select new org.haven.host.OfferRepository$HostPostcode(o.hostId, o.postcode) from Offer o"
            + " where o.status <> :status and o.postcode like :prefix")
    List<HostPostcode> findPostcodes(@Param("status") OfferStatus notStatus, @Param("prefix") String prefix);

    record HostPostcode(UUID hostId, String postcode) {
    }

    /** The offers matching may use: the stored answer of Offer.matchable (AVAILABLE, host APPROVED). */
    List<Offer> findByMatchableTrue();

    /**
     * Where the offers matching may use are (Offer.matchable, stored) and whom they take: the
     * statistics' columns only.
     */
    @Query("select new org.haven.host.OfferRepository$AvailableOffer(o.postcode, o.place, o.locationLabel, o.maxGuests)"
            + " from Offer o where o.matchable = true")
    List<AvailableOffer> findMatchable();

    record AvailableOffer(String postcode, String place, String locationLabel, int maxGuests) {
    }

    /** The audit log's names of these offers: their titles. */
    @Query("select new org.haven.shared.AuditSubjectNames$Name(o.id, o.title) from Offer o where o.id in :ids")
    List<AuditSubjectNames.Name> findTitles(@Param("ids") Collection<UUID> ids);
}
