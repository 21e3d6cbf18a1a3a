package org.haven.matching;

import java.util.List;

import org.haven.family.FamilyMatchingCatalogue;
import org.haven.host.HostMatchingCatalogue;
import org.haven.matching.solver.io.Instance.PairJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what enters a run (docs/matching.md "What enters a run") in one read transaction, so the
 * hosts, offers, families, rejected pairs and policy are one consistent picture.
 */
@Component
class MatchingProblemLoader {

    private final HostMatchingCatalogue hosts;
    private final FamilyMatchingCatalogue families;
    private final MatchingPolicyService policies;
    private final ProposalRepository proposals;

    MatchingProblemLoader(HostMatchingCatalogue hosts, FamilyMatchingCatalogue families,
            MatchingPolicyService policies, ProposalRepository proposals) {
        this.hosts = hosts;
        this.families = families;
        this.policies = policies;
        this.proposals = proposals;
    }

    @Transactional(readOnly = true)
    public MatchingProblem load() {
        List<PairJson> rejected = proposals.findByStatus(ProposalStatus.REJECTED).stream()
                .map(proposal -> new PairJson(proposal.getFamilyId().toString(), proposal.getOfferId().toString()))
                .toList();
        // Live placements (pinned pairs) join here once placements exist (issue 6).
        return MatchingProblem.of(policies.current(), hosts.approvedHostsWithAvailableOffers(),
                families.readyFamilies(), rejected, List.of());
    }
}
