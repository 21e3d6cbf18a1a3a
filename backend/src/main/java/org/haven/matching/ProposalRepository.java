package org.haven.matching;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    List<Proposal> findByRunIdOrderByScoreDesc(UUID runId);

    List<Proposal> findByStatus(ProposalStatus status);

    boolean existsByFamilyIdAndOfferIdAndStatus(UUID familyId, UUID offerId, ProposalStatus status);
}
