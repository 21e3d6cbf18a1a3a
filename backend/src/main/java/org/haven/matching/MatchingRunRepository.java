package org.haven.matching;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MatchingRunRepository extends JpaRepository<MatchingRun, UUID> {

    Page<MatchingRun> findAllByOrderByStartedAtDesc(Pageable pageable);

    List<MatchingRun> findByStatus(RunStatus status);

    Optional<MatchingRun> findFirstByStatusOrderByStartedAtDesc(RunStatus status);
}
