package org.haven.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.family.MatchableFamily;
import org.haven.host.MatchableHosts.MatchableOffer;
import org.haven.matching.MatchingDtos.OfferReasons;
import org.haven.matching.MatchingDtos.Reason;
import org.haven.matching.MatchingDtos.WhyUnassignedResponse;
import org.haven.matching.MatchingEvents.FamilyExplained;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.PairExplanation;
import org.haven.matching.solver.Pairs;
import org.haven.matching.solver.RejectedPair;
import org.haven.matching.solver.RunRule;
import org.haven.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * docs/matching.md "why is this family unassigned": for the family's nearest offers as they are
 * now, every rule that keeps the family out of each. An offer no rule excludes was given to
 * another family in the run (TAKEN), or has changed since the run (CHANGED).
 */
@Service
class WhyUnassigned {

    static final int DEFAULT_OFFERS = 5;

    private final MatchingProblemLoader loader;
    private final MatchingRuns runs;
    private final ProposalRepository proposals;
    private final ApplicationEventPublisher events;

    WhyUnassigned(MatchingProblemLoader loader, MatchingRuns runs, ProposalRepository proposals,
            ApplicationEventPublisher events) {
        this.loader = loader;
        this.runs = runs;
        this.proposals = proposals;
        this.events = events;
    }

    @Transactional
    public WhyUnassignedResponse explain(UUID familyId, UUID runId, int limit, UUID actorId) {
        MatchingProblem problem = loader.load();
        MatchableFamily family = problem.families().get(familyId);
        if (family == null) {
            throw ProblemException.notFound("A family waiting for matching with this id");
        }
        events.publishEvent(new FamilyExplained(familyId, actorId));
        Map<UUID, String> takenBy = takenInRun(runId);

        MatchingSolution solution = problem.toSolution();
        FamilyFact fact = solution.getAssignments().stream().map(Assignment::getFamily)
                .filter(candidate -> candidate.id().equals(familyId.toString())).findFirst().orElseThrow();
        Set<RejectedPair> rejected = Set.copyOf(solution.getRejectedPairs());
        List<OfferReasons> offers = solution.getOffers().stream()
                .sorted(Comparator.comparing((OfferFact offer) -> Pairs.distanceKm(fact, offer),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(OfferFact::id))
                .limit(limit)
                .map(offer -> reasons(fact, offer, solution, rejected, takenBy, problem.offer(offer.id())))
                .toList();
        return new WhyUnassignedResponse(familyId, family.reference(), offers);
    }

    private OfferReasons reasons(FamilyFact family, OfferFact offer, MatchingSolution solution,
            Set<RejectedPair> rejected, Map<UUID, String> takenBy, MatchableOffer matchable) {
        List<Reason> reasons = new ArrayList<>(PairExplanation.hardRules(family, offer, solution.getPolicy()).stream()
                .filter(line -> !line.passed()).map(line -> new Reason(line.rule(), line.text())).toList());
        if (rejected.contains(new RejectedPair(family.id(), offer.id()))) {
            reasons.add(new Reason(RunRule.H15.name(), RunRule.H15.line(true).text()));
        }
        if (reasons.isEmpty()) {
            String other = takenBy.get(matchable.id());
            reasons.add(other != null
                    ? new Reason("TAKEN", "Proposed to family %s, which the run could house better here".formatted(other))
                    : new Reason("CHANGED", "No rule keeps the family out now; the family or the offer changed "
                            + "after the run. Run matching again."));
        }
        return new OfferReasons(matchable.id(), matchable.title(), matchable.place(), Pairs.distanceKm(family, offer),
                reasons);
    }

    /** Offer id → the reference of the family a run proposed it to; the latest finished run by default. */
    private Map<UUID, String> takenInRun(UUID runId) {
        UUID run = runId;
        if (run == null) {
            run = runs.latestDone().orElse(null);
            if (run == null) {
                return Map.of();
            }
        } else {
            runs.existing(run);
        }
        return proposals.findOffersTakenInRun(run).stream()
                .collect(Collectors.toMap(OfferTaken::offerId, OfferTaken::familyReference, (a, b) -> a));
    }

    /** An offer a run proposed, and to which family. */
    record OfferTaken(UUID offerId, String familyReference) {
    }
}
