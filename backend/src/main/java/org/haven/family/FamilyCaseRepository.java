package org.haven.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FamilyCaseRepository extends JpaRepository<FamilyCase, UUID> {

    @Query("""
            select f from FamilyCase f
            where (:status is null or f.status = :status)
              and (:urgency is null or f.urgency = :urgency)
              and (:text is null or upper(f.reference) like :text escape '\\'
                   or exists (select 1 from FamilyCase g join g.members m
                              where g.id = f.id and upper(m.firstName) like :text escape '\\'))
            """)
    Page<FamilyCase> search(@Param("status") FamilyStatus status, @Param("urgency") Urgency urgency,
            @Param("text") String containsPattern, Pageable pageable);

    List<FamilyCase> findByStatus(FamilyStatus status);

    List<FamilyCase> findByStatusAndErasedAtIsNullAndUpdatedAtBefore(FamilyStatus status, Instant before);

    long countByIdIn(Collection<UUID> ids);

    /** The summaries of given cases, e.g. a case's linked families, without an audited read of each. */
    Page<FamilyCase> findByIdIn(Collection<UUID> ids, Pageable pageable);

    boolean existsByReference(String reference);
}
