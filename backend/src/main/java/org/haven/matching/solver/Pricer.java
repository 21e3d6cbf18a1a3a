package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Proves that the exact assignment over each family's cheapest candidates is optimal over every
 * allowed pair, or finds the pairs that could improve it, without holding every pair.
 *
 * <p>The assignment problem's linear programme has a dual: a value per family (row) and a price
 * per offer (column, never above 0, and 0 for an offer nobody holds). If every pair's reduced cost
 * (its cost less its row's value and its column's price) is at least 0, the assignment is optimal
 * over all pairs, not only over the candidates (weak duality: no assignment costs less than the sum
 * of the duals, and this one costs exactly that). The exact solve leaves such duals for its own
 * pairs; a pass here checks them over the candidates (a guard against a fault in the solve), then
 * streams every other allowed pair of every family — the offers near it first by the
 * {@link OfferIndex}, and only as far as distance alone could still make the pair worth having —
 * and reports the ones with a negative reduced cost.
 *
 * <p>Folding the medium into the costs needs a factor larger than any total soft of any assignment
 * over all pairs, not only the candidates: {@link #bigM} bounds it by {@link PairTerm#upperBound}.
 */
final class Pricer {

    private final Policy policy;
    private final Set<RejectedPair> rejected;
    private final OfferIndex index;
    private final List<Assignment> assignments;
    private final int maxGuests;
    /**
     * What the last pass proved, for the next: per row, the threshold every allowed pair's cost less
     * its price was shown to reach ({@link Long#MIN_VALUE} when the row had violators), and the
     * offer prices it was shown against (null before the first pass).
     */
    private long[] provenThreshold;
    private long[] lastPrice;

    Pricer(MatchingSolution solution, Set<OfferFact> heldByPinned, Set<RejectedPair> rejected) {
        this.policy = solution.getPolicy();
        this.rejected = rejected;
        this.assignments = solution.getAssignments();
        this.index = new OfferIndex(solution.getOffers().stream().filter(offer -> !heldByPinned.contains(offer)).toList());
        int most = 0;
        for (int i = 0; i < index.size(); i++) {
            most = Math.max(most, index.offer(i).maxGuests());
        }
        this.maxGuests = most;
    }

    /** One more than the largest total S1–S5 and S7 any assignment of the movable families can have. */
    long bigM(List<Integer> movable) {
        long bigM = 1;
        for (int i : movable) {
            FamilyFact family = assignments.get(i).getFamily();
            long km = (long) Math.min(index.maxKm(family), OfferIndex.reach(family));
            bigM = Math.addExact(bigM, PairTerm.upperBound(family, policy, km, maxGuests)
                    + Math.max(0, policy.keepProposalWeight()));
        }
        return bigM;
    }

    /**
     * What one pass found: per row (in the problem's order) the offer numbers to add, most violating
     * first; the largest violation; and {@code violationBound}, at least the sum over the rows of each
     * row's largest violation. Lowering each row's dual by its largest violation makes the duals
     * feasible over every allowed pair, so no assignment over all pairs costs less than this solve's
     * optimum less that sum: it bounds how far the solve's answer can be from the true optimum.
     */
    record Pass(int[][] violators, long maxViolation, long violationBound, long pairsPriced, OfferIndex index) {

        /** Adds the violating pairs to their families' extra pairs (by assignment index); returns how many. */
        long addTo(List<List<OfferFact>> added, List<Integer> rowAssignment) {
            long count = 0;
            for (int r = 0; r < violators.length; r++) {
                if (violators[r] == null || violators[r].length == 0) {
                    continue;
                }
                int i = rowAssignment.get(r);
                List<OfferFact> more = new ArrayList<>(added.get(i));
                for (int offer : violators[r]) {
                    more.add(index.offer(offer));
                }
                added.set(i, more);
                count += violators[r].length;
            }
            return count;
        }
    }

    /**
     * Prices every allowed pair against the duals of {@code problem}'s optimum; null when the
     * deadline passed first (nothing proven).
     */
    Pass price(ExactAssignment.Problem problem, int[] rowColumn, long[] price, List<List<OfferFact>> added,
               Deadline deadline) {
        int rows = problem.rows();
        int offerColumns = problem.columns().size();
        long[] rowValue = duals(problem, rowColumn, price);

        Map<OfferFact, Integer> columnOf = new HashMap<>();
        for (int j = 0; j < offerColumns; j++) {
            columnOf.put(problem.columns().get(j), j);
        }
        long[] offerPrice = new long[index.size()];
        for (int i = 0; i < index.size(); i++) {
            Integer j = columnOf.get(index.offer(i));
            offerPrice[i] = j == null ? 0 : price[j];
        }

        int[][] violators = new int[rows][];
        long[] rowMax = new long[rows];
        long[] proven = new long[rows];
        Risen risen = lastPrice == null || provenThreshold.length != rows ? null : new Risen(lastPrice, offerPrice);
        LongAdder priced = new LongAdder();
        AtomicBoolean late = new AtomicBoolean();
        IntStream.range(0, rows).parallel().forEach(r -> {
            if (late.get() || deadline.passed()) {
                late.set(true);
                return;
            }
            FamilyFact family = assignments.get(problem.rowAssignment().get(r)).getFamily();
            // A pair violates when cost − price < threshold (cost = S1–S5 + S7 ≥ 0, price ≤ 0).
            long threshold = rowValue[r] + Math.multiplyExact(PairCosts.housedWeight(family, policy), problem.bigM());
            proven[r] = threshold;
            if (threshold <= 0) {
                return;
            }
            Candidates.Cheapest worst = new Candidates.Cheapest(ExactAssignment.ADDED_PER_PASS);
            IndexedPair pair = index.pairsOf(family, rejected);
            long[] count = new long[1];
            IntConsumer pricePair = i -> {
                // cost ≥ 0: no pair violates unless threshold + price > 0, nor, once the row holds its
                // most violating pairs, unless it could violate more than the least of them.
                if (threshold + offerPrice[i] + (worst.full() ? worst.worstKey() : 0) <= 0) {
                    return;
                }
                if (!Candidates.allowed(pair.at(i), policy)) {
                    return;
                }
                count[0]++;
                long reduced = Candidates.cost(pair, policy) - offerPrice[i] - threshold;
                if (reduced < 0) {
                    worst.offer(reduced, i);
                }
            };
            long before = risen == null ? Long.MIN_VALUE : provenThreshold[r];
            if (before != Long.MIN_VALUE && threshold <= before && risen.fewAbove(before - threshold)) {
                // Proven last pass against (before, last prices): a pair can only violate now through
                // an offer whose price rose by more than the threshold fell.
                risen.forEachAbove(before - threshold, pricePair);
            } else {
                index.nearestFirst(family, OfferIndex.reach(family), visitor(() -> wantedKm(family, threshold, worst), pricePair));
            }
            priced.add(count[0]);
            if (worst.size() > 0) {
                proven[r] = Long.MIN_VALUE;
                int[] found = worst.sortedValues();
                violators[r] = found;
                OfferFact most = index.offer(found[0]);
                rowMax[r] = threshold + offerPrice[found[0]] - Candidates.cost(family, most, policy);
            }
        });
        if (late.get()) {
            return null;
        }
        provenThreshold = proven;
        lastPrice = offerPrice;
        long max = 0;
        for (long violation : rowMax) {
            max = Math.max(max, violation);
        }
        for (int r = 0; r < rows; r++) {
            if (violators[r] != null) {
                int a = problem.rowAssignment().get(r);
                List<OfferFact> candidates = assignments.get(a).getCandidates();
                for (int i : violators[r]) {
                    if (candidates.contains(index.offer(i)) || added.get(a).contains(index.offer(i))) {
                        throw new IllegalStateException("exact phase: a candidate pair prices below its duals");
                    }
                }
            }
        }
        long bound = 0;
        for (long violation : rowMax) {
            bound = Math.addExact(bound, violation);
        }
        return new Pass(violators, max, bound, priced.sum(), index);
    }

    /**
     * How far a row's pricing must still look. A pair's reduced cost is at least its S1 less the
     * threshold (the other terms are at least 0, the price at most 0), so beyond threshold / weight km
     * none is negative; and once the row holds its {@link ExactAssignment#ADDED_PER_PASS} most
     * violating pairs, an offer only matters if it would violate more than the least of them, which
     * S1 alone rules out beyond (threshold + that reduced cost) / weight km. A pass that finds
     * violators need not find every one (the next solve and pass follow), but it finds each row's
     * largest (its sum bounds the answer's distance from the optimum); a pass that finds none has
     * looked at every pair that could have been one. A family without a location looks at every
     * offer with room for it (S1 orders nothing), the price alone ruling most out once it holds its
     * most violating pairs.
     */
    private double wantedKm(FamilyFact family, long threshold, Candidates.Cheapest worst) {
        if (policy.distanceWeight() <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        long bound = worst.full() ? threshold + worst.worstKey() : threshold;
        return (double) bound / policy.distanceWeight();
    }

    /**
     * The offers whose price rose since the last pass, most first. A row proven last pass (every
     * allowed pair's cost less its old price at least the old threshold) whose threshold has not
     * risen can only have a violator among the offers whose price rose by more than its threshold
     * fell: cost − new price = cost − old price − rise ≥ old threshold − rise. So such a row is
     * priced over those offers alone, when they are few, instead of every offer in reach.
     */
    private static final class Risen {
        /** Above this share of all offers, a row looks at every offer in reach instead. */
        private static final int FEW_DIVISOR = 16;

        private final int[] offers;
        private final long[] rise;
        private final int few;

        Risen(long[] before, long[] now) {
            int n = 0;
            for (int i = 0; i < now.length; i++) {
                if (now[i] > before[i]) {
                    n++;
                }
            }
            Integer[] order = new Integer[n];
            n = 0;
            for (int i = 0; i < now.length; i++) {
                if (now[i] > before[i]) {
                    order[n++] = i;
                }
            }
            Arrays.sort(order, Comparator.comparingLong((Integer i) -> before[i] - now[i]));
            offers = new int[n];
            rise = new long[n];
            for (int k = 0; k < n; k++) {
                offers[k] = order[k];
                rise[k] = now[order[k]] - before[order[k]];
            }
            few = Math.max(1, now.length / FEW_DIVISOR);
        }

        /** How many offers rose by more than {@code fall}. */
        private int above(long fall) {
            int low = 0;
            int high = rise.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (rise[mid] > fall) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        boolean fewAbove(long fall) {
            return above(fall) <= few;
        }

        void forEachAbove(long fall, IntConsumer action) {
            int count = above(fall);
            for (int k = 0; k < count; k++) {
                action.accept(offers[k]);
            }
        }
    }

    private static OfferIndex.Visitor visitor(DoubleSupplier wantedKm, IntConsumer accept) {
        return new OfferIndex.Visitor() {
            @Override
            public double wantedKm() {
                return wantedKm.getAsDouble();
            }

            @Override
            public void accept(int offer) {
                accept.accept(offer);
            }
        };
    }

    /**
     * When the deadline cut the proof short: each family left without an offer, most weighted first,
     * takes its cheapest allowed offer nobody holds, from all offers (not only its candidates), so no
     * family stays unhoused while a free offer fits it, until {@code fillBy}. {@code offers} is by
     * assignment index.
     */
    void houseFromFree(List<OfferFact> offers, List<Integer> movable, Deadline fillBy) {
        Set<OfferFact> taken = new HashSet<>();
        offers.stream().filter(Objects::nonNull).forEach(taken::add);
        for (int i : movable) {
            if (fillBy.passed()) {
                return;
            }
            if (offers.get(i) != null) {
                continue;
            }
            FamilyFact family = assignments.get(i).getFamily();
            Candidates.Cheapest best = new Candidates.Cheapest(1);
            IndexedPair pair = index.pairsOf(family, rejected);
            index.nearestFirst(family, OfferIndex.reach(family), new OfferIndex.Visitor() {
                @Override
                public double wantedKm() {
                    return best.full() && policy.distanceWeight() > 0
                            ? (double) best.worstKey() / policy.distanceWeight() : Double.POSITIVE_INFINITY;
                }

                @Override
                public void accept(int offer) {
                    OfferFact candidate = index.offer(offer);
                    if (!taken.contains(candidate) && Candidates.allowed(pair.at(offer), policy)) {
                        best.offer(Candidates.cost(pair, policy), offer);
                    }
                }
            });
            if (best.full()) {
                OfferFact offer = index.offer(best.sortedValues()[0]);
                offers.set(i, offer);
                taken.add(offer);
            }
        }
    }

    /**
     * Each row's dual (its own pair's cost less its column's price), after checking that the duals
     * are feasible over the problem's own pairs: every reduced cost at least 0, every price at most
     * 0, and 0 for a column nobody holds. A fault in the solve fails here rather than proving a wrong answer.
     */
    private static long[] duals(ExactAssignment.Problem problem, int[] rowColumn, long[] price) {
        int rows = problem.rows();
        int[] from = problem.from();
        int[] column = problem.column();
        long[] cost = problem.cost();
        boolean[] held = new boolean[price.length];
        long[] value = new long[rows];
        for (int r = 0; r < rows; r++) {
            int own = rowColumn[r];
            held[own] = true;
            long ownCost = Long.MAX_VALUE;
            for (int e = from[r]; e < from[r + 1]; e++) {
                if (column[e] == own) {
                    ownCost = Math.min(ownCost, cost[e]);
                }
            }
            value[r] = ownCost - price[own];
            for (int e = from[r]; e < from[r + 1]; e++) {
                if (cost[e] - price[column[e]] < value[r]) {
                    throw new IllegalStateException("exact phase: duals not feasible on row " + r);
                }
            }
        }
        for (int j = 0; j < price.length; j++) {
            if (price[j] > 0 || !held[j] && price[j] != 0) {
                throw new IllegalStateException("exact phase: price of column " + j + " breaks the certificate");
            }
        }
        return value;
    }
}
