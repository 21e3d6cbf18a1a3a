package org.haven.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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
 * hosts, offers, families, live placements, rejected pairs, undecided proposals (S7) and policy are
 * one consistent picture.
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
                Stream.concat(waiting.stream(), placed.stream()).toList(), rejected, pinned, undecided(waiting));
    }

    /**
     * The undecided proposals of waiting families, for S7: at most one per family and per offer
     * (the newest), as docs/matching.md's previousProposals requires. A proposal whose family no
     * longer waits cannot be kept and is left out; one whose offer has gone still counts.
     */
    private List<PairJson> undecided(List<MatchableFamily> waiting) {
        Set<UUID> waitingIds = new HashSet<>();
        waiting.forEach(family -> waitingIds.add(family.id()));
        Set<UUID> families = new HashSet<>();
        Set<UUID> offers = new HashSet<>();
        List<PairJson> kept = new ArrayList<>();
        List<Proposal> newestFirst = proposals.findByStatus(ProposalStatus.PROPOSED).stream()
                .sorted(Comparator.comparing(Proposal::getCreatedAt).reversed().thenComparing(Proposal::getId))
                .toList();
        for (Proposal proposal : newestFirst) {
            if (waitingIds.contains(proposal.getFamilyId()) && !families.contains(proposal.getFamilyId())
                    && !offers.contains(proposal.getOfferId())) {
                families.add(proposal.getFamilyId());
                offers.add(proposal.getOfferId());
                kept.add(new PairJson(proposal.getFamilyId().toString(), proposal.getOfferId().toString()));
            }
        }
        return kept;
    }
}
