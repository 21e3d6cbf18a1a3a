package org.haven.matching;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.haven.matching.MatchingDtos.ProposalResponse;
import org.haven.matching.MatchingDtos.UnassignedResponse;
import org.haven.matching.MatchingEvents.RunEvent;
import org.haven.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a run proposed and whom it left out. Reading either is audited: both show family summaries. */
@Service
class ProposalQueries {

    private final MatchingRuns runs;
    private final ProposalRepository proposals;
    private final MatchingMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalQueries(MatchingRuns runs, ProposalRepository proposals, MatchingMapper mapper,
            ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.proposals = proposals;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /** Best score first. */
    @Transactional
    public List<ProposalResponse> ofRun(UUID runId, UUID actorId) {
        runs.existing(runId);
        events.publishEvent(new RunEvent(runId, actorId, "MATCHING_PROPOSALS_READ"));
        return proposals.findByRunIdOrderByScoreDesc(runId).stream()
                .map(proposal -> mapper.toResponse(proposal, clock)).toList();
    }

    @Transactional
    public ProposalResponse one(UUID proposalId, UUID actorId) {
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> ProblemException.notFound("This proposal"));
        events.publishEvent(new RunEvent(proposal.getRunId(), actorId, "MATCHING_PROPOSAL_READ"));
        return mapper.toResponse(proposal, clock);
    }

    /** Most urgent first, then the longest waiting. */
    @Transactional
    public List<UnassignedResponse> unassigned(UUID runId, UUID actorId) {
        MatchingRun run = runs.existing(runId);
        events.publishEvent(new RunEvent(runId, actorId, "MATCHING_UNASSIGNED_READ"));
        return run.getUnassigned().stream().map(family -> mapper.toResponse(family, clock))
                .sorted(Comparator.comparing(UnassignedResponse::urgency)
                        .thenComparing(UnassignedResponse::waitingDays,
                                Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}
