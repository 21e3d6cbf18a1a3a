package org.haven.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.family.Urgency;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MatchingRunRepository extends JpaRepository<MatchingRun, UUID> {

    Page<MatchingRun> findAllByOrderByStartedAtDesc(Pageable pageable);

    List<MatchingRun> findByStatus(RunStatus status);

    Optional<MatchingRun> findFirstByStatusOrderByStartedAtDesc(RunStatus status);

    /** The best score so far of a run still solving; only these two columns, never its status. */
    @Modifying
    @Query("update MatchingRun r set r.score = :score, r.assigned = :assigned "
            + "where r.id = :id and r.status = org.haven.matching.RunStatus.SOLVING")
    int recordProgress(UUID id, String score, int assigned);

    /**
     * The families a run left unassigned with every given filter ({@code null}: any), most urgent
     * first, then the longest waiting (an unknown ready date last), then by reference and id so a
     * page never repeats or skips one. {@code containsPattern} is an upper-case LIKE pattern on the
     * reference (LikePatterns).
     */
    @Query(value = """
            select new org.haven.matching.UnassignedFamily(u.familyId, u.reference, u.size, u.urgency, u.readyAt)
            from MatchingRun r join r.unassigned u
            where r.id = :runId
              and (:urgency is null or u.urgency = :urgency)
              and (:text is null or upper(u.reference) like :text escape '\\')
            order by u.urgency, u.readyAt nulls last, u.reference, u.familyId""",
            countQuery = """
            select count(u) from MatchingRun r join r.unassigned u
            where r.id = :runId
              and (:urgency is null or u.urgency = :urgency)
              and (:text is null or upper(u.reference) like :text escape '\\')""")
    Page<UnassignedFamily> searchUnassigned(@Param("runId") UUID runId, @Param("urgency") Urgency urgency,
            @Param("text") String containsPattern, Pageable pageable);

    /** A page of all the families a run left unassigned, in the order of {@link #searchUnassigned}; not counted. */
    @Query("""
            select new org.haven.matching.UnassignedFamily(u.familyId, u.reference, u.size, u.urgency, u.readyAt)
            from MatchingRun r join r.unassigned u
            where r.id = :runId
            order by u.urgency, u.readyAt nulls last, u.reference, u.familyId""")
    List<UnassignedFamily> unassigned(@Param("runId") UUID runId, Pageable pageable);
}
