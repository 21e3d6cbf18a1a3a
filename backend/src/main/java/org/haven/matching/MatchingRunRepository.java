package org.haven.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MatchingRunRepository extends JpaRepository<MatchingRun, UUID> {

    Page<MatchingRun> findAllByOrderByStartedAtDesc(Pageable pageable);

    List<MatchingRun> findByStatus(RunStatus status);

    Optional<MatchingRun> findFirstByStatusOrderByStartedAtDesc(RunStatus status);

    /** The best score so far of a run still solving; only these two columns, never its status. */
    @Modifying
    @Query("update MatchingRun r set r.score = :score, r.assigned = :assigned "
            + "where r.id = :id and r.status = org.haven.matching.RunStatus.SOLVING")
    int recordProgress(UUID id, String score, int assigned);
}
