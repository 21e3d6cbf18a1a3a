package org.haven.matching;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.haven.family.Urgency;

import org.haven.matching.MatchingDtos.ProposalResponse;
import org.haven.matching.MatchingDtos.UnassignedResponse;
import org.haven.matching.MatchingEvents.RunEvent;
import org.haven.shared.LikePatterns;
import org.haven.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a run proposed and whom it left out. Reading either is audited: both show family summaries. */
@Service
class ProposalQueries {

    private final MatchingRuns runs;
    private final ProposalRepository proposals;
    private final MatchingRunRepository runRepository;
    private final MatchingMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProposalQueries(MatchingRuns runs, ProposalRepository proposals, MatchingRunRepository runRepository,
            MatchingMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.proposals = proposals;
        this.runRepository = runRepository;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /** The rows of one page of a list (or all of them) and how many match its filters in all. */
    record Slice<T>(List<T> items, long total) {

        static <E, T> Slice<T> of(Page<E> page, Function<E, T> mapper) {
            return new Slice<>(page.map(mapper).getContent(), page.getTotalElements());
        }
    }

    /**
     * Which rows of a list: a page ({@code page} from 0, {@code size} 1–100) when either is given,
     * else all of them, as the list answered before it had pages.
     */
    record Window(Integer page, Integer size) {

        static final int DEFAULT_SIZE = 20;

        Pageable pageable(Sort sort) {
            if (page == null && size == null) {
                return Pageable.unpaged(sort);
            }
            return PageRequest.of(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, sort);
        }
    }

    /** A run's proposals with the given filters (null: any), in the order asked for. */
    @Transactional
    public Slice<ProposalResponse> ofRun(UUID runId, ProposalStatus status, Urgency urgency, String text,
            ProposalOrder order, Window window, UUID actorId) {
        runs.existing(runId);
        events.publishEvent(new RunEvent(runId, actorId, "MATCHING_PROPOSALS_READ"));
        Page<Proposal> found = proposals.search(runId, status, urgency, LikePatterns.containsUpperCase(text),
                window.pageable(order.sort()));
        return Slice.of(found, proposal -> mapper.toResponse(proposal, clock));
    }

    @Transactional
    public ProposalResponse one(UUID proposalId, UUID actorId) {
        Proposal proposal = proposals.findById(proposalId)
                .orElseThrow(() -> ProblemException.notFound("This proposal"));
        events.publishEvent(new RunEvent(proposal.getRunId(), actorId, "MATCHING_PROPOSAL_READ"));
        return mapper.toResponse(proposal, clock);
    }

    /** Most urgent first, then the longest waiting; filtered on urgency and any part of the reference. */
    @Transactional
    public Slice<UnassignedResponse> unassigned(UUID runId, Urgency urgency, String text, Window window,
            UUID actorId) {
        MatchingRun run = runs.existing(runId);
        events.publishEvent(new RunEvent(runId, actorId, "MATCHING_UNASSIGNED_READ"));
        String containsPattern = LikePatterns.containsUpperCase(text);
        Pageable pageable = window.pageable(Sort.unsorted());
        Page<UnassignedFamily> found = urgency == null && containsPattern == null
                ? new PageImpl<>(runRepository.unassigned(runId, pageable), pageable, run.getUnassignedCount())
                : runRepository.searchUnassigned(runId, urgency, containsPattern, pageable);
        return Slice.of(found, family -> mapper.toResponse(family, clock));
    }
}
