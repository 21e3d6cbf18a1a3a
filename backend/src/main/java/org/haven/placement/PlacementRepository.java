package org.haven.placement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.AuditSubjectNames;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlacementRepository extends JpaRepository<Placement, UUID> {

    List<Placement> findByStatusInOrderByApprovedAtDesc(Collection<PlacementStatus> statuses);

    List<Placement> findAllByOrderByApprovedAtDesc();

    /** A live placement's id and ends, without the rest of the placement. */
    record LivePair(UUID placementId, UUID familyId, UUID offerId) {
    }

    /**
     * The live placements' ids and ends, newest first: what the map and matching runs need of them,
     * read without loading (and decrypting) each placement.
     */
    @Query("select new org.haven.placement.PlacementRepository$LivePair(p.id, p.familyId, p.offerId)"
            + " from Placement p where p.status in :live order by p.approvedAt desc")
    List<LivePair> findLivePairs(@Param("live") Collection<PlacementStatus> live);

    default List<LivePair> findLivePairs() {
        return findLivePairs(PlacementStatus.LIVE);
    }

    /** How many placements have each status, counted by the database. */
    @Query("select p.status as status, count(p) as count from Placement p group by p.status")
    List<StatusCount> countByStatus();

    interface StatusCount {
        PlacementStatus getStatus();

        long getCount();
    }

    List<Placement> findByHostIdOrderByApprovedAtDesc(UUID hostId);

    List<Placement> findByStatusAndApprovedAtBefore(PlacementStatus status, Instant before);

    /** The audit log's names of these placements: their families' references. */
    @Query("select new org.haven.shared.AuditSubjectNames$Name(p.id, p.familyReference) from Placement p"
            + " where p.id in :ids")
    List<AuditSubjectNames.Name> findFamilyReferences(@Param("ids") Collection<UUID> ids);
}
