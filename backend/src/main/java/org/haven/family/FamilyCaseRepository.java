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

    // The members' names are searched once (an uncorrelated IN), not once per case (a correlated
    // EXISTS): 4 times faster with 10,000 cases on H2 (docs/web-benchmark.md).
    @Query("""
            select f from FamilyCase f
            where (:status is null or f.status = :status)
              and (:urgency is null or f.urgency = :urgency)
              and (:text is null or upper(f.reference) like :text escape '\\'
                   or f.id in (select g.id from FamilyCase g join g.members m
                               where upper(m.firstName) like :text escape '\\'))
            """)
    Page<FamilyCase> search(@Param("status") FamilyStatus status, @Param("urgency") Urgency urgency,
            @Param("text") String containsPattern, Pageable pageable);

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
     * READY cases that matching takes: FamilyRules.missingForMatching in JPQL (every member's age
     * and sex, an adult, the dates), so the dashboard can count them without loading each case.
     */
    String MATCHABLE = " f.status = org.haven.family.FamilyStatus.READY and f.neededFrom is not null"
            + " and f.expectedStayMonths is not null"
            + " and not exists (select 1 from FamilyCase g join g.members m where g = f and (m.age is null or m.sex is null))"
            + " and exists (select 1 from FamilyCase g join g.members m where g = f and m.age >= :adultAge)";

    @Query("select f.urgency as urgency, count(f) as count, min(f.readyAt) as oldestReadyAt from FamilyCase f where"
            + MATCHABLE + " group by f.urgency")
    List<WaitingCount> countWaiting(@Param("adultAge") int adultAge);

    interface WaitingCount {
        Urgency getUrgency();

        long getCount();

        Instant getOldestReadyAt();
    }

    /** Map pins: only plain columns, so no case is loaded or decrypted. */
    String PIN = "select f.id as id, f.reference as reference, f.urgency as urgency, count(m) as size, f.lat as lat,"
            + " f.lon as lon, f.locationLabel as place from FamilyCase f left join f.members m where f.lat is not null and";
    String PIN_GROUP = " group by f.id, f.reference, f.urgency, f.lat, f.lon, f.locationLabel";

    @Query(PIN + MATCHABLE + PIN_GROUP)
    List<PinRow> findWaitingPins(@Param("adultAge") int adultAge);

    @Query(PIN + " f.id in :ids" + PIN_GROUP)
    List<PinRow> findPins(@Param("ids") Collection<UUID> ids);

    interface PinRow {
        UUID getId();

        String getReference();

        Urgency getUrgency();

        long getSize();

        double getLat();

        double getLon();

        String getPlace();
    }

    /** Those of one urgency waiting longest first (a case READY without a date last). */
    @Query("select f from FamilyCase f where" + MATCHABLE
            + " and f.urgency = :urgency order by f.readyAt asc nulls last, f.id")
    List<FamilyCase> findWaiting(@Param("urgency") Urgency urgency, @Param("adultAge") int adultAge, Pageable pageable);

    List<FamilyCase> findByStatusAndErasedAtIsNullAndUpdatedAtBefore(FamilyStatus status, Instant before);

    long countByIdIn(Collection<UUID> ids);

    /** The summaries of given cases, e.g. a case's linked families, without an audited read of each. */
    Page<FamilyCase> findByIdIn(Collection<UUID> ids, Pageable pageable);

    boolean existsByReference(String reference);
}
