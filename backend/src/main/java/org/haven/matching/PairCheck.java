package org.haven.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.haven.family.FamilyMatchingCatalogue;
import org.haven.family.MatchableFamily;
import org.haven.host.HostMatchingCatalogue;
import org.haven.host.MatchableHosts;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.PairExplanation;
import org.haven.matching.solver.PairExplanation.Line;
import org.haven.matching.solver.Pairs;
import org.haven.matching.solver.RunRule;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One family–offer pair checked against every rule with the data as it is now, for a caseworker's
 * decision: the family must be READY and the offer AVAILABLE with an APPROVED host (H16 then holds),
 * and H1–H15 are checked as the solver checks them.
 */
@Component
class PairCheck {

    record CheckedPair(MatchableFamily family, MatchableHosts.MatchableOffer offer, Integer distanceKm,
                       List<Line> hardRules, List<Line> softTerms) {

        List<Line> broken() {
            return hardRules.stream().filter(line -> !line.passed()).toList();
        }
    }

    private final FamilyMatchingCatalogue families;
    private final HostMatchingCatalogue hosts;
    private final MatchingPolicyService policies;
    private final ProposalRepository proposals;

    PairCheck(FamilyMatchingCatalogue families, HostMatchingCatalogue hosts, MatchingPolicyService policies,
            ProposalRepository proposals) {
        this.families = families;
        this.hosts = hosts;
        this.policies = policies;
        this.proposals = proposals;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CheckedPair check(UUID familyId, UUID offerId) {
        MatchableFamily family = families.readyFamily(familyId).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "This family is not waiting for a home (not READY with complete details)."));
        MatchableHosts host = hosts.availableOffer(offerId).orElseThrow(() -> new ProblemException(
                ProblemType.CONFLICT, "This offer is not available, or its host is not approved."));
        MatchingProblem problem = MatchingProblem.of(policies.current(), host, List.of(family), List.of(), List.of());
        MatchingSolution solution = problem.toSolution();
        FamilyFact familyFact = solution.getAssignments().stream().map(Assignment::getFamily).findFirst().orElseThrow();
        OfferFact offerFact = solution.getOffers().get(0);

        List<Line> hard = new ArrayList<>(PairExplanation.hardRules(familyFact, offerFact, solution.getPolicy()));
        boolean rejected = proposals.existsByFamilyIdAndOfferIdAndStatus(familyId, offerId, ProposalStatus.REJECTED);
        hard.add(RunRule.H15.line(rejected));
        // The offer is AVAILABLE (checked above), so no other family holds it.
        hard.add(RunRule.H16.line(false));
        return new CheckedPair(family, host.offers().get(0),
                Pairs.distanceKm(familyFact, offerFact), hard,
                PairExplanation.softTerms(familyFact, offerFact, solution.getPolicy(), family.place()));
    }
}
