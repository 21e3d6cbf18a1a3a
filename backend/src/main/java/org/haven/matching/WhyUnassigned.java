package org.haven.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.family.MatchableFamily;
import org.haven.host.MatchableHosts.MatchableOffer;
import org.haven.matching.MatchingDtos.DataBasis;
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
 * another family in the run (TAKEN), or has changed since the run (CHANGED). The answer says so
 * ({@code basis} TODAY, {@code checkedAt}): a run keeps no copy of the families and offers it read,
 * and keeping one would store every family's needs and whereabouts once more per run.
 */
@Service
class WhyUnassigned {

    static final int DEFAULT_OFFERS = 5;

    private final MatchingProblemLoader loader;
    private final MatchingRuns runs;
    private final ProposalRepository proposals;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    WhyUnassigned(MatchingProblemLoader loader, MatchingRuns runs, ProposalRepository proposals,
            ApplicationEventPublisher events, Clock clock) {
        this.loader = loader;
        this.runs = runs;
        this.proposals = proposals;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public WhyUnassignedResponse explain(UUID familyId, UUID runId, int limit, UUID actorId) {
        MatchingProblem problem = loader.load();
        MatchableFamily family = problem.families().get(familyId);
        if (family == null) {
            throw ProblemException.notFound("A family waiting for matching with this id");
        }
        events.publishEvent(new FamilyExplained(familyId, actorId));
        UUID run = runOrLatest(runId);
        Map<UUID, String> takenBy = takenInRun(run);

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
        return new WhyUnassignedResponse(familyId, family.reference(), offers, DataBasis.TODAY, clock.instant(), run);
    }

    private OfferReasons reasons(FamilyFact family, OfferFact offer, MatchingSolution solution,
            Set<RejectedPair> rejected, Map<UUID, String> takenBy, MatchableOffer matchable) {
        List<Reason> reasons = new ArrayList<>(PairExplanation.hardRules(family, offer, solution.getPolicy()).stream()
                .filter(line -> !line.passed()).map(Reason::of).toList());
        if (rejected.contains(new RejectedPair(family.id(), offer.id()))) {
            reasons.add(Reason.of(RunRule.H15.line(true)));
        }
        if (reasons.isEmpty()) {
            String other = takenBy.get(matchable.id());
            reasons.add(other != null
                    ? new Reason("TAKEN", "Proposed to family %s, which the run could house better here".formatted(other),
                            "TAKEN.otherFamily", Map.of("reference", other))
                    : new Reason("CHANGED", "No rule keeps the family out now; the family or the offer changed "
                            + "after the run. Run matching again.", "CHANGED.sinceRun", Map.of()));
        }
        return new OfferReasons(matchable.id(), matchable.title(), matchable.place(), Pairs.distanceKm(family, offer),
                reasons);
    }

    /** The run asked about (404 when there is none such), else the latest finished one, else null. */
    private UUID runOrLatest(UUID runId) {
        if (runId == null) {
            return runs.latestDone().orElse(null);
        }
        runs.existing(runId);
        return runId;
    }

    /** Offer id → the reference of the family the run proposed it to. */
    private Map<UUID, String> takenInRun(UUID run) {
        if (run == null) {
            return Map.of();
        }
        return proposals.findOffersTakenInRun(run).stream()
                .collect(Collectors.toMap(OfferTaken::offerId, OfferTaken::familyReference, (a, b) -> a));
    }

    /** An offer a run proposed, and to which family. */
    record OfferTaken(UUID offerId, String familyReference) {
    }
}
