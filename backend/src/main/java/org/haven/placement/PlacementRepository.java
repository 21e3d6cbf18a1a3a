package org.haven.placement;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlacementRepository extends JpaRepository<Placement, UUID> {

    List<Placement> findByStatusInOrderByApprovedAtDesc(Collection<PlacementStatus> statuses);

    List<Placement> findAllByOrderByApprovedAtDesc();

    List<Placement> findByHostIdOrderByApprovedAtDesc(UUID hostId);

    List<Placement> findByStatusAndApprovedAtBefore(PlacementStatus status, Instant before);
}
