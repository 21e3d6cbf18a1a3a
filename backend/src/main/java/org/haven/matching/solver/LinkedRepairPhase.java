package org.haven.matching.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * After the exact phase, for linked families: "move next to your partner and bump the
 * occupants", solved exactly. For each pair of linked families still apart (S6 &gt; 0) and each
 * offer the first may take, the neighbourhood of the pair (the families holding offers they could
 * take, and theirs in turn, up to {@link #NEIGHBOURHOOD} families; everyone else stays) is
 * re-solved by {@link ExactAssignment} with the first family held on that offer and its partner
 * paying its whole S6 against it, the other linked families paying theirs against their partners'
 * current offers. The best of these that lowers the true soft (S1–S7 with S6 counted exactly) at
 * an equal medium is kept; the pairs are swept again until a sweep changes nothing. Then
 * {@link Repair#polish} re-solves the families without links over every allowed pair, and the
 * sweeps run again if it improved anything; all of it stops at the deadline.
 *
 * <p>Why: steering the whole assignment by S6 linearised around the previous answer cannot move
 * both partners at once, and late acceptance cannot bump a chain of occupants; the true optimum
 * differs from both by such chains (docs/matching-benchmark.md, "Linked families against the true
 * optimum"). The medium never drops: a neighbourhood's current answer is feasible for its own
 * re-solve, which puts housed weight first. Without linked families it does nothing.
 */
class LinkedRepairPhase implements CustomPhaseCommand<MatchingSolution> {

    private static final String OFFER = "offer";
    /** At most this many families re-solved around a pair (150 against 400: the same on the 200–300 family runs, 5,000 linked families 2.55 % above the bound instead of 3.33 % in 10 s). */
    static final int NEIGHBOURHOOD = 150;
    /** An extra cost that keeps a family on the offer it is held on (the re-solve's medium factor still dominates it). */
    private static final long HOLD = 1_000_000;
    /** How many offers near its partner a linked family may also take (see Repair#nearPartner). */
    static final int NEAR_OFFERS = 8;
    /** How many pair checks a re-solve may spend on offering its families the offers nobody holds (all of them on a small run). */
    static final long UNHELD_CHECKS = 100_000;
    /** A degree of latitude is at least this many km (a band of latitude around an offer holds every offer within reach). */
    private static final double KM_PER_DEGREE_OF_LATITUDE = 110.5;

    private final Deadline stop;

    LinkedRepairPhase(Deadline stop) {
        this.stop = stop;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        MatchingSolution working = scoreDirector.getWorkingSolution();
        Links links = Links.of(working.getAssignments());
        if (links.pairs().isEmpty()) {
            return;
        }
        List<OfferFact> current = new ArrayList<>(working.getAssignments().stream().map(Assignment::getOffer).toList());
        Repair repair = new Repair(working, links, current);
        boolean polished = true;
        while (polished && !stop.passed()) {
            boolean changed = true;
            while (changed && !stop.passed()) {
                changed = false;
                for (int[] pair : links.apartFirst(current, working.getPolicy(), repair.moved)) {
                    if (stop.passed()) {
                        break;
                    }
                    changed |= repair.improve(pair[0], pair[1], stop);
                }
            }
            polished = !stop.passed() && repair.polish(stop);
        }
        List<Assignment> assignments = working.getAssignments();
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            if (assignment.getOffer() != current.get(i)) {
                if (current.get(i) != null && !assignment.getCandidates().contains(current.get(i))) {
                    assignment.addCandidates(List.of(current.get(i))); // local search may keep or move it
                }
                scoreDirector.beforeVariableChanged(assignment, OFFER);
                assignment.setOffer(current.get(i));
                scoreDirector.afterVariableChanged(assignment, OFFER);
            }
        }
        scoreDirector.triggerVariableListeners();
    }

    /** The re-solves around one pair, on the current answer (updated when one improves it). */
    private static final class Repair {
        private final MatchingSolution working;
        private final List<Assignment> assignments;
        private final Links links;
        private final List<OfferFact> current;
        private final Policy policy;
        /** See {@link #indexHolders}; rebuilt after the answer changes. */
        private Map<OfferFact, List<Integer>> holders;

        /** The families a repair has given another offer. */
        final Set<Integer> moved = new HashSet<>();
        /** "family anchor-offer" already extended by {@link #nearPartner}. */
        private final Set<String> extended = new HashSet<>();
        private final Set<RejectedPair> rejected;
        private final Set<OfferFact> heldByPinned = new HashSet<>();

        Repair(MatchingSolution working, Links links, List<OfferFact> current) {
            this.working = working;
            this.assignments = working.getAssignments();
            this.links = links;
            this.current = current;
            this.policy = working.getPolicy();
            this.rejected = new HashSet<>(working.getRejectedPairs());
            for (Assignment assignment : assignments) {
                if (assignment.isPinned() && assignment.getOffer() != null) {
                    heldByPinned.add(assignment.getOffer());
                }
            }
        }

        /**
         * Holds one of the pair on each of its offers (a pinned one on its own) with the other
         * following; keeps the best answer that improves.
         */
        boolean improve(int first, int second, Deadline stop) {
            int held = assignments.get(second).isPinned() ? second : first;
            int partner = held == first ? second : first;
            if (assignments.get(partner).isPinned()) {
                return false;
            }
            nearPartner(held, partner);
            nearPartner(partner, held);
            List<Integer> around = neighbourhood(held, partner);
            Map<Integer, Integer> rowOf = new HashMap<>();
            for (int r = 0; r < around.size(); r++) {
                rowOf.put(around.get(r), r);
            }
            Set<OfferFact> free = new HashSet<>();
            for (int i : around) {
                free.addAll(assignments.get(i).getCandidates());
            }
            for (int i = 0; i < assignments.size(); i++) {
                if (!rowOf.containsKey(i) && current.get(i) != null) {
                    free.remove(current.get(i)); // held by a family outside the neighbourhood
                }
            }
            List<OfferFact> unheld = unheld();
            long checks = 0;
            List<Assignment> rows = new ArrayList<>();
            Map<Assignment, Integer> indexOfRow = new HashMap<>();
            for (int i : around) {
                Assignment assignment = assignments.get(i);
                List<OfferFact> offers = new ArrayList<>(assignment.getCandidates().stream().filter(free::contains).toList());
                if (checks < UNHELD_CHECKS) {
                    // A chain may end on an offer nobody holds outside the family's starting list.
                    checks += unheld.size();
                    offers.addAll(cheapestAllowed(assignment, unheld));
                }
                Assignment row = Assignment.unassigned(assignment.getFamily(), offers);
                rows.add(row);
                indexOfRow.put(row, i);
            }
            MatchingSolution part = new MatchingSolution(policy, working.getHosts(), working.getOffers(),
                    working.getRejectedPairs(), rows);

            long[] before = value(around, current);
            long[] best = before;
            List<OfferFact> bestOffers = null;
            List<OfferFact> targets = !assignments.get(held).isPinned() ? rows.get(0).getCandidates()
                    : current.get(held) == null ? List.of() : List.of(current.get(held));
            long apart = Links.apart(new int[] {held, partner}, current, policy);
            FamilyFact heldFamily = assignments.get(held).getFamily();
            long heldCost = current.get(held) == null ? 0 : Candidates.cost(heldFamily, current.get(held), policy);
            for (OfferFact target : targets) {
                if (stop.passed()) {
                    break;
                }
                if (current.get(held) != null && target != current.get(held)
                        && Candidates.cost(heldFamily, target, policy) - heldCost >= apart) {
                    continue; // costs the held family more than all the pair's S6 it could save: not worth a re-solve
                }
                ExactAssignment.Result result = ExactAssignment.solve(part, (row, offer) -> {
                    int i = indexOfRow.get(row);
                    if (i == held) {
                        return offer == target ? 0 : HOLD;
                    }
                    long cost = 0;
                    for (int j : links.partners().get(i)) {
                        OfferFact other = j == held ? target : current.get(j);
                        if (other != null) {
                            // A partner that may move too shares the pair's S6 (half each, as the exact phase steers);
                            // one held or outside the neighbourhood stays where it is, so this one pays it all.
                            boolean bothMove = j != held && rowOf.containsKey(j);
                            cost += LinkedApart.penalty(offer, other, policy) / (bothMove ? 2 : 1);
                        }
                    }
                    return cost;
                }, stop);
                if (!result.complete()) {
                    break;
                }
                List<OfferFact> trial = new ArrayList<>(current);
                for (int r = 0; r < around.size(); r++) {
                    trial.set(around.get(r), result.offers().get(r));
                }
                long[] value = value(around, trial);
                if (better(value, best)) {
                    best = value;
                    bestOffers = trial;
                }
            }
            if (bestOffers == null) {
                return false;
            }
            for (int i : around) {
                if (current.get(i) != bestOffers.get(i)) {
                    moved.add(i);
                }
                current.set(i, bestOffers.get(i));
            }
            holders = null;
            return true;
        }

        /**
         * The families without links re-solved exactly over every allowed pair (priced as the exact
         * phase does), the linked ones held where they are: repairs bump families within starting
         * lists and neighbourhoods, and a chain of them may end far from the best the others can do.
         * Kept when it improves; says whether it did.
         */
        boolean polish(Deadline stop) {
            List<Assignment> rows = new ArrayList<>();
            for (int i = 0; i < assignments.size(); i++) {
                Assignment assignment = assignments.get(i);
                boolean held = assignment.isPinned() || !links.partners().get(i).isEmpty();
                rows.add(held ? new Assignment(assignment.getFamily(), List.of(), current.get(i), true)
                        : Assignment.unassigned(assignment.getFamily(), assignment.getCandidates()));
            }
            ExactAssignment.Result result = ExactAssignment.solve(new MatchingSolution(policy, working.getHosts(),
                    working.getOffers(), working.getRejectedPairs(), rows).withCheapestCandidates(), null, stop);
            if (!result.complete()) {
                return false;
            }
            List<OfferFact> trial = new ArrayList<>(current);
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i).isPinned()) {
                    trial.set(i, result.offers().get(i));
                }
            }
            List<Integer> everyone = new ArrayList<>();
            for (int i = 0; i < assignments.size(); i++) {
                everyone.add(i);
            }
            if (!better(value(everyone, trial), value(everyone, current))) {
                return false;
            }
            for (int i = 0; i < trial.size(); i++) {
                if (trial.get(i) != current.get(i)) {
                    moved.add(i);
                    current.set(i, trial.get(i));
                }
            }
            holders = null;
            return true;
        }

        /** The offers no family holds now. */
        private List<OfferFact> unheld() {
            Set<OfferFact> held = new HashSet<>(heldByPinned);
            held.addAll(current);
            return working.getOffers().stream().filter(offer -> !held.contains(offer)).toList();
        }

        /** The {@link #NEAR_OFFERS} cheapest of {@code offers} the family may take that its list does not hold. */
        private List<OfferFact> cheapestAllowed(Assignment assignment, List<OfferFact> offers) {
            FamilyFact family = assignment.getFamily();
            Set<OfferFact> listed = new HashSet<>(assignment.getCandidates());
            return offers.stream()
                    .filter(offer -> !listed.contains(offer) && Candidates.allowed(family, offer, rejected, policy))
                    .sorted(Comparator.comparingLong((OfferFact offer) -> Candidates.cost(family, offer, policy)))
                    .limit(NEAR_OFFERS).toList();
        }

        /**
         * Adds to a linked family's candidates the offers it may take that are nearer its partner's
         * offer than its own is (or within {@link LinkedApart#FREE_KM}), the {@link #NEAR_OFFERS}
         * cheapest counting S6 against the partner: its starting list holds the offers cheapest for
         * itself, which for a family without a location or cap can be anywhere.
         */
        private void nearPartner(int family, int partner) {
            Assignment assignment = assignments.get(family);
            OfferFact anchor = current.get(partner);
            if (assignment.isPinned() || anchor == null || !extended.add(family + " " + anchor.id())) {
                return;
            }
            OfferFact own = current.get(family);
            int radiusKm = Math.max(LinkedApart.FREE_KM, own == null ? 0 : Pairs.distanceKm(own, anchor));
            double band = (radiusKm + 1) / KM_PER_DEGREE_OF_LATITUDE;
            FamilyFact fact = assignment.getFamily();
            Set<OfferFact> listed = new HashSet<>(assignment.getCandidates());
            List<OfferFact> near = new ArrayList<>();
            for (OfferFact offer : working.getOffers()) {
                if (Math.abs(offer.lat() - anchor.lat()) <= band && !listed.contains(offer)
                        && !heldByPinned.contains(offer) && Pairs.distanceKm(offer, anchor) <= radiusKm
                        && Candidates.allowed(fact, offer, rejected, policy)) {
                    near.add(offer);
                }
            }
            near.sort(Comparator.comparingLong(offer -> Candidates.cost(fact, offer, policy)
                    + LinkedApart.penalty(offer, anchor, policy)));
            if (!near.isEmpty()) {
                assignment.addCandidates(near.subList(0, Math.min(NEAR_OFFERS, near.size())));
                holders = null;
            }
        }

        /**
         * The pair first, then breadth first: for each family's candidate offers, the family holding
         * it and the unhoused families that could take it, up to {@link #NEIGHBOURHOOD} movable families.
         */
        private List<Integer> neighbourhood(int held, int partner) {
            if (holders == null) {
                indexHolders();
            }
            List<Integer> around = new ArrayList<>();
            Set<Integer> seen = new HashSet<>();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int i : List.of(held, partner)) {
                if (!assignments.get(i).isPinned() && seen.add(i)) {
                    around.add(i);
                    queue.add(i);
                }
            }
            while (!queue.isEmpty() && around.size() < NEIGHBOURHOOD) {
                for (OfferFact offer : assignments.get(queue.poll()).getCandidates()) {
                    for (int i : holders.getOrDefault(offer, List.of())) {
                        if (seen.add(i) && around.size() < NEIGHBOURHOOD) {
                            around.add(i);
                            queue.add(i);
                        }
                    }
                }
            }
            return around;
        }

        /** Each offer's movable holder first, then the movable unhoused families listing it. */
        private void indexHolders() {
            holders = new HashMap<>();
            for (int i = 0; i < assignments.size(); i++) {
                if (!assignments.get(i).isPinned() && current.get(i) != null) {
                    holders.computeIfAbsent(current.get(i), offer -> new ArrayList<>()).add(i);
                }
            }
            for (int i = 0; i < assignments.size(); i++) {
                if (!assignments.get(i).isPinned() && current.get(i) == null) {
                    for (OfferFact offer : assignments.get(i).getCandidates()) {
                        holders.computeIfAbsent(offer, o -> new ArrayList<>()).add(i);
                    }
                }
            }
        }

        /**
         * {housed weight, soft} of the neighbourhood's families under {@code offers}: S1–S5 and S7 of
         * each, and S6 of every link that touches one of them, once.
         */
        private long[] value(List<Integer> around, List<OfferFact> offers) {
            long housed = 0;
            long soft = 0;
            Set<Integer> inside = new HashSet<>(around);
            for (int i : around) {
                FamilyFact family = assignments.get(i).getFamily();
                OfferFact offer = offers.get(i);
                if (offer == null) {
                    soft += KeepProposal.penalty(family, null, policy);
                } else {
                    housed += PairCosts.housedWeight(family, policy);
                    soft += Candidates.cost(family, offer, policy);
                }
                for (int j : links.partners().get(i)) {
                    if ((!inside.contains(j) || i < j) && offer != null && offers.get(j) != null) {
                        soft += LinkedApart.penalty(offer, offers.get(j), policy);
                    }
                }
            }
            return new long[] {housed, soft};
        }

        private static boolean better(long[] value, long[] than) {
            return value[0] > than[0] || value[0] == than[0] && value[1] < than[1];
        }
    }
}
