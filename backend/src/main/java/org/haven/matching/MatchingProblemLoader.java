package org.haven.matching;

import java.util.List;
import java.util.stream.Stream;

import org.haven.family.FamilyMatchingCatalogue;
import org.haven.family.MatchableFamily;
import org.haven.host.HostMatchingCatalogue;
import org.haven.host.MatchableHosts;
import org.haven.matching.LivePlacements.PinnedPair;
import org.haven.matching.solver.io.Instance.PairJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what enters a run (docs/matching.md "What enters a run") in one read transaction, so the
 * hosts, offers, families, live placements, rejected pairs and policy are one consistent picture.
 * Live placements enter as pinned pairs: their families and offers are no longer READY and
 * AVAILABLE, but they still count for H16 and for linked families (S6).
 */
@Component
class MatchingProblemLoader {

    private final HostMatchingCatalogue hosts;
    private final FamilyMatchingCatalogue families;
    private final MatchingPolicyService policies;
    private final ProposalRepository proposals;
    private final LivePlacements livePlacements;

    MatchingProblemLoader(HostMatchingCatalogue hosts, FamilyMatchingCatalogue families,
            MatchingPolicyService policies, ProposalRepository proposals, LivePlacements livePlacements) {
        this.hosts = hosts;
        this.families = families;
        this.policies = policies;
        this.proposals = proposals;
        this.livePlacements = livePlacements;
    }

    @Transactional(readOnly = true)
    public MatchingProblem load() {
        List<PairJson> rejected = proposals.findByStatus(ProposalStatus.REJECTED).stream()
                .map(proposal -> new PairJson(proposal.getFamilyId().toString(), proposal.getOfferId().toString()))
                .toList();
        List<PinnedPair> live = livePlacements.pinnedPairs();
        MatchableHosts available = hosts.approvedHostsWithAvailableOffers();
        MatchableHosts held = hosts.offersWithHosts(live.stream().map(PinnedPair::offerId).toList());
        List<MatchableFamily> waiting = families.readyFamilies();
        List<MatchableFamily> placed = families.families(live.stream().map(PinnedPair::familyId).toList());
        List<PairJson> pinned = live.stream()
                .map(pair -> new PairJson(pair.familyId().toString(), pair.offerId().toString())).toList();
        return MatchingProblem.of(policies.current(), available.with(held),
                Stream.concat(waiting.stream(), placed.stream()).toList(), rejected, pinned);
    }
}
