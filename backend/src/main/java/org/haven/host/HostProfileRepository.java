package org.haven.host;

import java.util.Collection;
import java.util.List;
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

    /** How many hosts have each vetting status, counted by the database. */
    @Query("select h.status as status, count(h) as count from HostProfile h group by h.status")
    List<StatusCount> countByStatus();

    interface StatusCount {
        VettingStatus getStatus();

        long getCount();
    }
}
