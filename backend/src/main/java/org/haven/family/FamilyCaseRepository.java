package org.haven.family;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.shared.crypto.SearchKey;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FamilyCaseRepository extends JpaRepository<FamilyCase, UUID> {

    /**
     * {@code text} matches the reference anywhere (upper-case LIKE pattern); {@code name} matches a
     * member's whole first name through its search key (the names themselves are encrypted).
     * The members are searched once (an uncorrelated IN), not once per case (a correlated EXISTS):
     * 4 times faster with 10,000 cases on H2 (docs/web-benchmark.md).
     */
    @Query("""
            select f from FamilyCase f
            where (:status is null or f.status = :status)
              and (:urgency is null or f.urgency = :urgency)
              and (:text is null or upper(f.reference) like :text escape '\\'
                   or f.id in (select g.id from FamilyCase g join g.members m
                               where m.firstNameKey = :name))
            """)
    Page<FamilyCase> search(@Param("status") FamilyStatus status, @Param("urgency") Urgency urgency,
            @Param("text") String containsPattern, @Param("name") SearchKey name, Pageable pageable);

    List<FamilyCase> findByStatus(FamilyStatus status);

    /** How many cases have each status and urgency, counted by the database (no case is loaded). */
    @Query("select f.status as status, f.urgency as urgency, count(f) as count from FamilyCase f"
            + " group by f.status, f.urgency")
    List<StatusCount> countByStatusAndUrgency();

    interface StatusCount {
        FamilyStatus getStatus();

        Urgency getUrgency();

        long getCount();
    }

    /**
     * What the dashboard and the map show of a case (see findWaiting), built by Hibernate itself:
     * a Spring Data interface projection spent three quarters of the dashboard's time in proxies.
     */
    String OVERVIEW = "select new org.haven.family.FamilyOverview$Summary(f.id, f.reference, f.urgency, count(m),"
            + " f.readyAt, f.lat, f.lon, f.locationLabel) from FamilyCase f left join f.members m";
    String OVERVIEW_GROUP = " group by f.id, f.reference, f.urgency, f.readyAt, f.lat, f.lon, f.locationLabel";

    /**
     * The READY cases that matching takes, with what the dashboard and the map show of them:
     * FamilyRules.missingForMatching as a query (every member's age and sex known, an adult, both
     * dates), reading plain columns only, so that no case is loaded or decrypted. A grouped join
     * rather than EXISTS subqueries for each case: 3 times faster on H2 with 7,000 READY cases.
     */
    @Query(OVERVIEW + " where f.status = org.haven.family.FamilyStatus.READY and f.neededFrom is not null"
            + " and f.expectedStayMonths is not null" + OVERVIEW_GROUP
            + " having sum(case when m.age is null or m.sex is null then 1 else 0 end) = 0 and max(m.age) >= :adultAge")
    List<FamilyOverview.Summary> findWaiting(@Param("adultAge") int adultAge);

    /** The same of the given cases, whatever their status. */
    @Query(OVERVIEW + " where f.id in :ids" + OVERVIEW_GROUP)
    List<FamilyOverview.Summary> findOverviews(@Param("ids") Collection<UUID> ids);

    List<FamilyCase> findByStatusAndErasedAtIsNullAndUpdatedAtBefore(FamilyStatus status, Instant before);

    long countByIdIn(Collection<UUID> ids);

    /** The summaries of given cases, e.g. a case's linked families, without an audited read of each. */
    Page<FamilyCase> findByIdIn(Collection<UUID> ids, Pageable pageable);

    boolean existsByReference(String reference);
}
