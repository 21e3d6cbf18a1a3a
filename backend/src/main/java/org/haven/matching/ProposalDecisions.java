package org.haven.matching;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.haven.matching.MatchingEvents.ProposalEvent;
import org.haven.matching.PairCheck.CheckedPair;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Caseworkers' and hosts' decisions about proposals, for the placement module, inside its
 * transaction (MANDATORY). A rejected pair (by a caseworker, or declined by its host) is
 * REJECTED for good: every later run reads it as a rejected pair (H15).
 */
@Service
public class ProposalDecisions {

    /** The rules H10–H12 a caseworker may override with a written reason (matching.md). */
    public static final Set<String> OVERRIDABLE_RULES = Set.of("H10", "H11", "H12");

    public record ProposalToDecide(UUID id, UUID runId, UUID familyId, UUID offerId, UUID hostId,
                                   String familyReference, ProposalStatus status) {
    }

    /** A proposal waiting for a caseworker's decision, as the map draws it: a line from family to offer. */
    public record UndecidedPair(UUID id, UUID familyId, UUID offerId) {
    }

    /** A hard rule the pair breaks now, in words. */
    public record BrokenRule(String rule, String text) {
    }

    private final ProposalRepository proposals;
    private final PairCheck pairCheck;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalDecisions(ProposalRepository proposals, PairCheck pairCheck, ApplicationEventPublisher events,
            Clock clock) {
        this.proposals = proposals;
        this.pairCheck = pairCheck;
        this.events = events;
        this.clock = clock;
    }

    /** How many proposals wait for a caseworker's decision: counted by the database. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long countUndecided() {
        return proposals.countByStatus(ProposalStatus.PROPOSED);
    }

    /**
     * Every proposal still waiting for a caseworker's decision, best score first: only the ids
     * (the explanations stay in the database; the dashboard and the map read this at 10,000 families).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UndecidedPair> undecidedPairs() {
        return proposals.findPairsByStatus(ProposalStatus.PROPOSED);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public ProposalToDecide find(UUID proposalId) {
        return view(existing(proposalId));
    }

    /**
     * The hard rules the pair breaks with the data as it is now; 409 when the family no longer
     * waits or the offer is no longer available.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<BrokenRule> brokenRules(UUID familyId, UUID offerId) {
        CheckedPair pair = pairCheck.check(familyId, offerId);
        return pair.broken().stream().map(line -> new BrokenRule(line.rule(), line.text())).toList();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void approve(UUID proposalId, UUID actorId) {
        Proposal proposal = undecided(proposalId);
        proposal.approve(actorId, clock.instant());
        proposals.flush(); // two approvals of one proposal collide here (version)
        events.publishEvent(new ProposalEvent(proposalId, actorId, "PROPOSAL_APPROVED"));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void reject(UUID proposalId, String reason, UUID actorId) {
        Proposal proposal = undecided(proposalId);
        proposal.reject(actorId, reason, clock.instant());
        proposals.flush();
        events.publishEvent(new ProposalEvent(proposalId, actorId, "PROPOSAL_REJECTED"));
    }

    /** The host declined (or did not answer in time): the approved pair is never proposed again. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void declinedByHost(UUID proposalId, String reason, UUID actorId) {
        Proposal proposal = existing(proposalId);
        if (proposal.getStatus() != ProposalStatus.APPROVED) {
            throw new ProblemException(ProblemType.CONFLICT, "This proposal was not approved.");
        }
        proposal.reject(actorId, reason, clock.instant());
        events.publishEvent(new ProposalEvent(proposalId, actorId, "PROPOSAL_DECLINED_BY_HOST"));
    }

    private Proposal undecided(UUID proposalId) {
        Proposal proposal = existing(proposalId);
        if (proposal.getStatus() != ProposalStatus.PROPOSED) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This proposal has already been decided or replaced (it is " + proposal.getStatus() + ").");
        }
        return proposal;
    }

    private Proposal existing(UUID proposalId) {
        return proposals.findById(proposalId).orElseThrow(() -> ProblemException.notFound("This proposal"));
    }

    private static ProposalToDecide view(Proposal proposal) {
        return new ProposalToDecide(proposal.getId(), proposal.getRunId(), proposal.getFamilyId(),
                proposal.getOfferId(), proposal.getHostId(), proposal.getFamilyReference(), proposal.getStatus());
    }
}
