package org.haven.matching.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.Candidates;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.KeepProposal;
import org.haven.matching.solver.LinkedApart;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.PairCosts;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;
import org.ojalgo.optimisation.integer.IntegerStrategy;
import org.ojalgo.type.context.NumberContext;

/**
 * The true optimum of a run with S6, for the benchmark only (test scope: ojAlgo never ships in
 * the product). Independent of Haven's solver: it reads the rules' definitions and nothing else.
 *
 * <p>Lexicographic, as docs/matching.md orders the levels, in two integer programs over
 * x[f,o] ∈ {0,1} for every movable family f and every offer o it may take (H1–H15, not held by a
 * pinned family; all of them, not the candidate lists), at most one offer per family and one
 * family per offer: first the most housed weight (size × urgency); then, with the housed weight
 * held at that optimum, the least S1–S5 + S7 + S6. S6 of a pair of linked movable families f, g
 * is linearised exactly by z[o,p] ≥ 0 over their offers with Σ_p z[o,p] ≤ x[f,o],
 * Σ_o z[o,p] ≤ x[g,p] and Σ z ≥ (f housed) + (g housed) − 1, costing S6(o,p) each: when both are
 * housed the only z that fits is the one of their two offers, otherwise every z may be 0. A pair
 * with a pinned family is linear in the other's x.
 */
final class LinkedOptimum {

    /**
     * The optimum's offers (one per assignment, in order; pinned ones as they are), whether the
     * solver proved it optimal (not stopped by the limit), the time, and the model's size.
     */
    record Result(List<OfferFact> offers, boolean optimal, long millis, int pairVariables, int linkedPairs) {
    }

    /** The gap tolerance: far below one soft point on objectives of this size, so "optimal" is exact. */
    private static final NumberContext GAP = NumberContext.of(12, 14);

    private LinkedOptimum() {
    }

    static Result solve(MatchingSolution run, Duration limit) {
        long started = System.nanoTime();
        Policy policy = run.getPolicy();
        List<Assignment> assignments = run.getAssignments();
        Set<RejectedPair> rejected = new HashSet<>(run.getRejectedPairs());
        Set<OfferFact> heldByPinned = new HashSet<>();
        for (Assignment assignment : assignments) {
            if (assignment.isPinned() && assignment.getOffer() != null) {
                heldByPinned.add(assignment.getOffer());
            }
        }
        List<List<OfferFact>> allowed = new ArrayList<>();
        for (Assignment assignment : assignments) {
            List<OfferFact> offers = new ArrayList<>();
            if (!assignment.isPinned()) {
                for (OfferFact offer : run.getOffers()) {
                    if (!heldByPinned.contains(offer) && Candidates.allowed(assignment.getFamily(), offer, rejected, policy)) {
                        offers.add(offer);
                    }
                }
            }
            allowed.add(offers);
        }

        Model housing = new Model(run, allowed, limit);
        housing.weigh(pair -> PairCosts.housedWeight(pair.family(), policy));
        Optimisation.Result most = housing.model.maximise();
        long bestHoused = Math.round(most.getValue());

        Model soft = new Model(run, allowed, limit);
        Expression housed = soft.model.addExpression("housed").lower(bestHoused - 0.5);
        soft.forEachPair(pair -> housed.set(pair.x(), PairCosts.housedWeight(pair.family(), policy)));
        soft.weigh(pair -> Candidates.cost(pair.family(), pair.offer(), policy)
                - KeepProposal.penalty(pair.family(), null, policy));
        int linkedPairs = soft.addLinks();
        Optimisation.Result best = soft.model.minimise();

        List<OfferFact> offers = new ArrayList<>();
        for (Assignment assignment : assignments) {
            offers.add(assignment.isPinned() ? assignment.getOffer() : null);
        }
        soft.forEachPair(pair -> {
            if (best.doubleValue(soft.model.indexOf(pair.x())) > 0.5) {
                offers.set(pair.assignment(), pair.offer());
            }
        });
        boolean optimal = most.getState().isOptimal() && best.getState().isOptimal();
        return new Result(offers, optimal, (System.nanoTime() - started) / 1_000_000, soft.pairs.size(), linkedPairs);
    }

    /** One x[f,o]: the assignment's index, its family and the offer. */
    private record Pair(int assignment, FamilyFact family, OfferFact offer, Variable x) {
    }

    private interface PairCost {
        long of(Pair pair);
    }

    /** The variables and the one-each constraints common to both programs. */
    private static final class Model {
        final ExpressionsBasedModel model = new ExpressionsBasedModel();
        final List<Pair> pairs = new ArrayList<>();
        final Map<Integer, Map<OfferFact, Variable>> byAssignment = new HashMap<>();
        private final MatchingSolution run;

        Model(MatchingSolution run, List<List<OfferFact>> allowed, Duration limit) {
            this.run = run;
            model.options.time_abort = limit.toMillis();
            model.options.integer(IntegerStrategy.DEFAULT.withGapTolerance(GAP));
            Map<OfferFact, Expression> perOffer = new HashMap<>();
            List<Assignment> assignments = run.getAssignments();
            for (int i = 0; i < assignments.size(); i++) {
                if (allowed.get(i).isEmpty()) {
                    continue;
                }
                Expression perFamily = model.addExpression("family " + i).upper(1);
                Map<OfferFact, Variable> own = new HashMap<>();
                for (OfferFact offer : allowed.get(i)) {
                    Variable x = model.addVariable("x" + i + "_" + offer.id()).binary();
                    perFamily.set(x, 1);
                    perOffer.computeIfAbsent(offer, o -> model.addExpression("offer " + o.id()).upper(1)).set(x, 1);
                    pairs.add(new Pair(i, assignments.get(i).getFamily(), offer, x));
                    own.put(offer, x);
                }
                byAssignment.put(i, own);
            }
        }

        void forEachPair(java.util.function.Consumer<Pair> action) {
            pairs.forEach(action);
        }

        void weigh(PairCost cost) {
            for (Pair pair : pairs) {
                pair.x().weight(cost.of(pair));
            }
        }

        /** S6 of every pair of linked families in the run, added to the objective; returns how many pairs. */
        int addLinks() {
            Policy policy = run.getPolicy();
            List<Assignment> assignments = run.getAssignments();
            Map<String, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < assignments.size(); i++) {
                indexOf.put(assignments.get(i).getFamily().id(), i);
            }
            Set<List<Integer>> links = new LinkedHashSet<>();
            for (int i = 0; i < assignments.size(); i++) {
                for (String other : assignments.get(i).getFamily().linkedFamilyIds()) {
                    Integer j = indexOf.get(other);
                    if (j != null && j != i) {
                        links.add(List.of(Math.min(i, j), Math.max(i, j)));
                    }
                }
            }
            int n = 0;
            for (List<Integer> link : links) {
                Assignment f = assignments.get(link.get(0));
                Assignment g = assignments.get(link.get(1));
                if (f.isPinned() && g.isPinned()) {
                    continue; // a constant
                }
                if (f.isPinned() || g.isPinned()) {
                    Assignment fixed = f.isPinned() ? f : g;
                    int moving = f.isPinned() ? link.get(1) : link.get(0);
                    if (fixed.getOffer() != null) {
                        byAssignment.getOrDefault(moving, Map.of()).forEach((offer, x) ->
                                x.weight(x.getContributionWeight().doubleValue()
                                        + LinkedApart.penalty(offer, fixed.getOffer(), policy)));
                    }
                } else {
                    addLinearisedPair(n, byAssignment.getOrDefault(link.get(0), Map.of()),
                            byAssignment.getOrDefault(link.get(1), Map.of()), policy);
                }
                n++;
            }
            return n;
        }

        private void addLinearisedPair(int n, Map<OfferFact, Variable> f, Map<OfferFact, Variable> g, Policy policy) {
            if (f.isEmpty() || g.isEmpty()) {
                return;
            }
            Map<OfferFact, Expression> rowOf = new HashMap<>();
            Map<OfferFact, Expression> columnOf = new HashMap<>();
            Expression both = model.addExpression("both " + n).lower(-1);
            f.forEach((o, x) -> {
                rowOf.put(o, model.addExpression("row " + n + " " + o.id()).upper(0).set(x, -1));
                both.set(x, -1);
            });
            g.forEach((p, x) -> {
                columnOf.put(p, model.addExpression("column " + n + " " + p.id()).upper(0).set(x, -1));
                both.set(x, -1);
            });
            for (OfferFact o : f.keySet()) {
                for (OfferFact p : g.keySet()) {
                    if (o == p) {
                        continue; // one offer cannot hold both
                    }
                    Variable z = model.addVariable("z" + n + "_" + o.id() + "_" + p.id()).lower(0)
                            .weight(LinkedApart.penalty(o, p, policy));
                    rowOf.get(o).set(z, 1);
                    columnOf.get(p).set(z, 1);
                    both.set(z, 1);
                }
            }
        }
    }
}
