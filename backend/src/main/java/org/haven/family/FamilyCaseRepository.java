package org.haven.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.crypto.SearchKey;
import org.haven.shared.AuditSubjectNames;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FamilyCaseRepository extends JpaRepository<FamilyCase, UUID>, JpaSpecificationExecutor<FamilyCase> {

    /**
     * The text search's pass over every case for a text many cases match:
     * {@code prefix} matches the start of the reference's search key ({@link ReferenceSearch});
     * {@code name} matches a member's whole first name through its search key (the names themselves
     * are encrypted). The members are searched once (an uncorrelated IN), not once per case.
     */
    @Query("""
            select f from FamilyCase f
            where (:status is null or f.status = :status)
              and (:urgency is null or f.urgency = :urgency)
              and (f.referenceKey like :prefix escape '\\'
                   or f.id in (select g.id from FamilyCase g join g.members m
                               where m.firstNameKey = :name))
            """)
    Page<FamilyCase> search(@Param("status") FamilyStatus status, @Param("urgency") Urgency urgency,
            @Param("prefix") String referenceStart, @Param("name") SearchKey name, Pageable pageable);

    /** Up to {@code limit.getPageSize()} cases whose reference's search key starts so (an index range). */
    @Query("select f.id from FamilyCase f where f.referenceKey like :prefix escape '\\'")
    List<UUID> findIdsByReferenceStart(@Param("prefix") String referenceStart, Pageable limit);

    /** Up to {@code limit.getPageSize()} cases with a member of this first name (by its search key). */
    @Query("select distinct f.id from FamilyCase f join f.members m where m.firstNameKey = :name")
    List<UUID> findIdsByMemberName(@Param("name") SearchKey name, Pageable limit);

    /** The list of the cases with a member of this first name (the database finds them by the name's index). */
    @Query("""
            select f from FamilyCase f
            where f.id in (select g.id from FamilyCase g join g.members m where m.firstNameKey = :name)
              and (:status is null or f.status = :status)
              and (:urgency is null or f.urgency = :urgency)
            """)
    Page<FamilyCase> searchByMemberName(@Param("status") FamilyStatus status, @Param("urgency") Urgency urgency,
            @Param("name") SearchKey name, Pageable pageable);

    /** The list of the cases whose reference's search key starts so (an index range). */
    @Query("""
            select f from FamilyCase f
            where f.referenceKey like :prefix escape '\\'
              and (:status is null or f.status = :status)
              and (:urgency is null or f.urgency = :urgency)
            """)
    Page<FamilyCase> searchByReferenceStart(@Param("status") FamilyStatus status, @Param("urgency") Urgency urgency,
            @Param("prefix") String referenceStart, Pageable pageable);

    /** The list among given cases (the text search's matches, when few). */
    @Query("""
            select f from FamilyCase f
            where f.id in :ids
              and (:status is null or f.status = :status)
              and (:urgency is null or f.urgency = :urgency)
            """)
    Page<FamilyCase> searchAmong(@Param("ids") Collection<UUID> ids, @Param("status") FamilyStatus status,
            @Param("urgency") Urgency urgency, Pageable pageable);

    /** The cases matching takes: the stored answer of FamilyRules.matchable. */
    List<FamilyCase> findByMatchableTrue();

    /**
     * How many cases have each status and urgency, and whether matching takes them, counted by the
     * database (no case is loaded).
     */
    @Query("select f.status as status, f.urgency as urgency, f.matchable as matchable, count(f) as count"
            + " from FamilyCase f group by f.status, f.urgency, f.matchable")
    List<StatusCount> countByStatusAndUrgency();

    interface StatusCount {
        FamilyStatus getStatus();

        Urgency getUrgency();

        boolean isMatchable();

        long getCount();
    }

    /**
     * What the dashboard and the map show of a case, built by Hibernate itself:
     * a Spring Data interface projection spent three quarters of the dashboard's time in proxies.
     */
    String OVERVIEW = "select new org.haven.family.FamilyOverview$Summary(f.id, f.reference, f.urgency, count(m),"
            + " f.readyAt, f.lat, f.lon, f.locationLabel) from FamilyCase f left join f.members m";
    String OVERVIEW_GROUP = " group by f.id, f.reference, f.urgency, f.readyAt, f.lat, f.lon, f.locationLabel";

    /**
     * How many cases wait at each urgency (the stored answer of FamilyRules.matchable, never the
     * rule restated here) and since when the longest of them has waited: counted by the database.
     */
    @Query("select new org.haven.family.FamilyOverview$WaitingLevel(f.urgency, count(f), min(f.readyAt))"
            + " from FamilyCase f where f.matchable = true group by f.urgency")
    List<FamilyOverview.WaitingLevel> countWaitingByUrgency();

    /** The waiting cases of one urgency, those READY longest first (then by id, as the database orders it). */
    @Query("select f.id from FamilyCase f where f.matchable = true and f.urgency = :urgency"
            + " order by f.readyAt asc nulls last, f.id")
    List<UUID> findLongestWaiting(@Param("urgency") Urgency urgency, Pageable first);

    /** The same of the given cases, whatever their status. */
    @Query(OVERVIEW + " where f.id in :ids" + OVERVIEW_GROUP)
    List<FamilyOverview.Summary> findOverviews(@Param("ids") Collection<UUID> ids);

    List<FamilyCase> findByStatusAndErasedAtIsNullAndUpdatedAtBefore(FamilyStatus status, Instant before);

    long countByIdIn(Collection<UUID> ids);

    /** The summaries of given cases, e.g. a case's linked families, without an audited read of each. */
    Page<FamilyCase> findByIdIn(Collection<UUID> ids, Pageable pageable);

    boolean existsByReference(String reference);

    /** The audit log's names of these cases: their references, read without loading a case. */
    @Query("select new org.haven.shared.AuditSubjectNames$Name(f.id, f.reference) from FamilyCase f where f.id in :ids")
    List<AuditSubjectNames.Name> findReferences(@Param("ids") Collection<UUID> ids);
}
