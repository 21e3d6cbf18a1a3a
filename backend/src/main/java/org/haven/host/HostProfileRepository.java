package org.haven.host;

import java.util.Collection;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HostProfileRepository extends JpaRepository<HostProfile, UUID> {

    @Query("select h from HostProfile h where (:status is null or h.status = :status)")
    Page<HostProfile> findByStatus(@Param("status") VettingStatus status, Pageable pageable);

    @Query("select h from HostProfile h where (:status is null or h.status = :status) and h.id in :ids")
    Page<HostProfile> findByStatusAndIdIn(@Param("status") VettingStatus status, @Param("ids") Collection<UUID> ids,
            Pageable pageable);
}
