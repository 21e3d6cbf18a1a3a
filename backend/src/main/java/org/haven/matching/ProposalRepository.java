package org.haven.matching;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    List<Proposal> findByRunIdOrderByScoreDesc(UUID runId);

    List<Proposal> findByStatus(ProposalStatus status);

    long countByStatus(ProposalStatus status);

    /** The pairs of the proposals with this status, best score first, without loading their explanations. */
    @Query("""
            select new org.haven.matching.ProposalDecisions$UndecidedPair(p.id, p.familyId, p.offerId)
            from Proposal p where p.status = :status order by p.score desc, p.id""")
    List<ProposalDecisions.UndecidedPair> findPairsByStatus(@Param("status") ProposalStatus status);

    boolean existsByFamilyIdAndOfferIdAndStatus(UUID familyId, UUID offerId, ProposalStatus status);
}
