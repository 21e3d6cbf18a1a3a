package org.haven.matching;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.haven.family.Urgency;
import org.haven.shared.AuditSubjectNames;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProposalRepository extends JpaRepository<Proposal, UUID> {

    /**
     * A run's proposals with every given filter ({@code null}: any), in the pageable's order.
     * {@code containsPattern} is an upper-case LIKE pattern (LikePatterns) matched against the
     * family reference, the offer title and the offer's place, as the matching page's search.
     */
    @Query("""
            select p from Proposal p
            where p.runId = :runId
              and (:status is null or p.status = :status)
              and (:urgency is null or p.urgency = :urgency)
              and (:text is null or upper(p.familyReference) like :text escape '\\'
                   or upper(p.offerTitle) like :text escape '\\'
                   or upper(p.offerPlace) like :text escape '\\')
            """)
    Page<Proposal> search(@Param("runId") UUID runId, @Param("status") ProposalStatus status,
            @Param("urgency") Urgency urgency, @Param("text") String containsPattern, Pageable pageable);

    List<Proposal> findByStatus(ProposalStatus status);

    long countByStatus(ProposalStatus status);

    /** The pairs of the proposals with this status, best score first, without loading their explanations. */
    @Query("""
            select new org.haven.matching.ProposalDecisions$UndecidedPair(p.id, p.familyId, p.offerId)
            from Proposal p where p.status = :status order by p.score desc, p.id""")
    List<ProposalDecisions.UndecidedPair> findPairsByStatus(@Param("status") ProposalStatus status);

    /** Which family each offer of a run went to, best score first, without loading the explanations. */
    @Query("""
            select new org.haven.matching.WhyUnassigned$OfferTaken(p.offerId, p.familyReference)
            from Proposal p where p.runId = :runId order by p.score desc, p.id""")
    List<WhyUnassigned.OfferTaken> findOffersTakenInRun(@Param("runId") UUID runId);

    boolean existsByFamilyIdAndOfferIdAndStatus(UUID familyId, UUID offerId, ProposalStatus status);

    /** The audit log's names of these proposals: their families' references, without loading the explanations. */
    @Query("select new org.haven.shared.AuditSubjectNames$Name(p.id, p.familyReference) from Proposal p where p.id in :ids")
    List<AuditSubjectNames.Name> findFamilyReferences(@Param("ids") Collection<UUID> ids);
}
