package org.haven.placement;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckInRepository extends JpaRepository<CheckIn, UUID> {

    List<CheckIn> findByPlacementIdOrderByDateDesc(UUID placementId);

    List<CheckIn> findByPlacementIdIn(Collection<UUID> placementIds);
}
