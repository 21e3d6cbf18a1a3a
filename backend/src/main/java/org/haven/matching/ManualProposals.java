package org.haven.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.family.MatchableFamily;
import org.haven.host.MatchableHosts.MatchableOffer;
import org.haven.matching.MatchingDtos.ExplanationLine;
import org.haven.matching.MatchingDtos.ProposalResponse;
import org.haven.matching.MatchingEvents.ProposalEvent;
import org.haven.matching.PairCheck.CheckedPair;
import org.haven.matching.Proposal.ProposalSnapshot;
import org.haven.matching.solver.PairExplanation.Line;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A pair a caseworker proposes by hand, e.g. a home the solver may not propose because it breaks
 * H10–H12 but that the caseworker knows to be right. It carries the same explanation as a run's
 * proposal, broken rules included; a pair breaking any other hard rule is refused. Approving a
 * pair that breaks H10–H12 needs a written override reason (the placement module checks).
 */
@Service
class ManualProposals {

    private final PairCheck pairCheck;
    private final ProposalRepository proposals;
    private final ExplanationJson explanationJson;
    private final MatchingMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ManualProposals(PairCheck pairCheck, ProposalRepository proposals, ExplanationJson explanationJson,
            MatchingMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.pairCheck = pairCheck;
        this.proposals = proposals;
        this.explanationJson = explanationJson;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProposalResponse propose(UUID familyId, UUID offerId, UUID actorId) {
        CheckedPair pair = pairCheck.check(familyId, offerId);
        List<Line> notOverridable = pair.broken().stream()
                .filter(line -> !ProposalDecisions.OVERRIDABLE_RULES.contains(line.rule())).toList();
        if (!notOverridable.isEmpty()) {
            throw new ProblemException(ProblemType.CONFLICT, "This pair breaks rules no one may override: "
                    + String.join("; ", notOverridable.stream().map(line -> line.rule() + " " + line.text()).toList())
                    + ".").with("brokenRules", notOverridable.stream().map(Line::rule).toList());
        }
        List<ExplanationLine> lines = new ArrayList<>();
        pair.softTerms().forEach(line -> lines.add(ExplanationLine.of(line)));
        lines.add(new ExplanationLine("S6", 0, "Not computed for a pair proposed by hand", true, "S6.byHand",
                Map.of()));
        pair.hardRules().forEach(line -> lines.add(ExplanationLine.of(line)));
        long score = -lines.stream().mapToLong(ExplanationLine::penalty).sum();
        Proposal proposal = proposals.save(new Proposal(null, snapshot(pair.family(), pair.offer(), pair.distanceKm()),
                score, explanationJson.write(lines), clock.instant()));
        events.publishEvent(new ProposalEvent(proposal.getId(), actorId, "PROPOSAL_MADE_BY_HAND"));
        return mapper.toResponse(proposal, clock);
    }

    static ProposalSnapshot snapshot(MatchableFamily family, MatchableOffer offer, Integer distanceKm) {
        return new ProposalSnapshot(family.id(), offer.id(), offer.hostId(), distanceKm, family.reference(),
                family.members().size(), family.adults(), family.children(), family.urgency(), family.place(),
                family.readyAt(), offer.title(), offer.type(), offer.place(), offer.bedrooms(), offer.maxGuests());
    }
}
