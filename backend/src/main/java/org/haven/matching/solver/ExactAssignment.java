package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongBiFunction;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/**
 * The exact optimum of the run without S6: an assignment problem on the feasible pairs.
 *
 * <p>Each non-pinned family may take one of its candidate offers that breaks none of H1–H15 and
 * is not held by a pinned pair, or stay unassigned. The objective of docs/matching.md (first
 * house the most people weighted by urgency, then the least S1–S5 and S7) is folded into one cost
 * per pair, {@code soft − weight × M}, with M larger than any total soft of the run, so the minimum
 * total cost is the lexicographic optimum. S7 is per family, so it fits the pair costs too.
 * "Unassigned" is a private column per family (costing S7 alone, usually 0), which makes the
 * problem a rectangular assignment in which every family is assigned.
 *
 * <p>It is solved by shortest augmenting paths with potentials (the Hungarian method in the
 * Jonker–Volgenant form, Dijkstra on reduced costs over the sparse pair list), one family at a
 * time, the most weighted (size × urgency) first; see docs/matching-benchmark.md for why this
 * and not JGraphT or OR-Tools.
 *
 * <p>Given a {@link Deadline}, it stops when the deadline passes and still answers: the families
 * solved so far keep their optimal offers (optimal among themselves), the others take, most
 * weighted first, their cheapest feasible offer still free; {@link Result#complete()} is then false.
 */
public final class ExactAssignment {

    /**
     * The optimum: one offer (or null) per entry of the solution's assignments, in order; softCost
     * is S1–S5 and S7. When {@code familiesSolved < families} (movable families) the deadline
     * stopped it: the answer breaks no hard rule, but only the first {@code familiesSolved} were
     * solved exactly. {@code pricing} is the proof over every allowed pair when the candidate lists
     * held only each family's cheapest offers (null otherwise).
     */
    public record Result(List<OfferFact> offers, long housedWeight, long unhousedWeight, long softCost,
                         int feasiblePairs, long millis, int familiesSolved, int families, Pricing pricing) {

        /** Every family solved exactly and, when the candidates were only the cheapest, the optimum proven over all pairs. */
        public boolean complete() {
            return familiesSolved == families && (pricing == null || pricing.proven());
        }

        /** The score of this assignment without S6 (no hard break by construction). */
        public HardMediumSoftScore scoreWithoutS6() {
            return HardMediumSoftScore.of(0, Math.toIntExact(-unhousedWeight), Math.toIntExact(-softCost));
        }
    }

    /**
     * The optimality certificate when the candidate lists held each family's cheapest offers only:
     * after each exact solve every allowed pair was priced against the solve's duals (its reduced
     * cost); pairs with a negative one were added and the solve repeated. {@code rounds} pricing
     * passes, {@code pairsAdded} pairs added in all, {@code pairsPriced} pairs whose cost the last pass
     * computed (the others were ruled out by distance or the duals alone), {@code firstMaxViolation}
     * the most negative reduced cost of the first pass (as a positive number, 0 when the cheapest
     * candidates already held the optimum) and {@code maxViolation} that of the last pass: 0 and
     * {@code proven} when no pair left out can improve the answer (LP duality: the assignment's
     * costs equal the duals' bound). Not proven when the deadline stopped a pass.
     *
     * <p>When it was not proven, {@code gapBound} (from the last pass that finished, −1 when none did)
     * bounds how far the answer's cost, the medium folded in with {@code bigM}, can be above the
     * optimum's (see {@link Pricer.Pass#violationBound}); and {@code mediumProven} says the answer's
     * medium is the optimum's all the same: an answer housing less weight than the optimum would be
     * at least bigM less the optimum's soft (at most bigM − 1) plus its own soft above it, so a bound
     * no larger than the answer's own soft rules that out. The soft is then at most {@code gapBound}
     * above the optimum's.
     */
    public record Pricing(int rounds, long pairsAdded, long pairsPriced, long firstMaxViolation, long maxViolation,
                          boolean proven, long gapBound, boolean mediumProven) {

        Pricing(int rounds, long pairsAdded, long pairsPriced, long firstMaxViolation, long maxViolation,
                boolean proven, long gapBound) {
            this(rounds, pairsAdded, pairsPriced, firstMaxViolation, maxViolation, proven, proven ? 0 : gapBound,
                    proven);
        }

        /** The same, the medium checked against the answer's soft over the families it could move. */
        Pricing withAnswerSoft(long movableSoft) {
            return new Pricing(rounds, pairsAdded, pairsPriced, firstMaxViolation, maxViolation, proven, gapBound,
                    proven || gapBound >= 0 && gapBound <= movableSoft);
        }
    }

    /** How often (in settled columns) a long augmenting path search looks at the deadline. */
    private static final int DEADLINE_CHECK_MASK = 1023;
    /** At most this many of a family's most violating pairs are added per pricing pass. */
    static final int ADDED_PER_PASS = 64;

    private ExactAssignment() {
    }

    public static Result solve(MatchingSolution solution) {
        return solve(solution, null, Deadline.NONE);
    }

    public static Result solve(MatchingSolution solution, ToLongBiFunction<Assignment, OfferFact> extraCost) {
        return solve(solution, extraCost, Deadline.NONE);
    }

    /**
     * The same with an extra non-negative cost per pair added to S1–S5 in the objective (the
     * result's {@code softCost} still counts S1–S5 and S7 only); used to steer the exact solve by S6.
     * With an extra cost only the candidate lists are solved (they already hold the pairs the first,
     * proven, solve needed), so the medium stays optimal and the soft is steered among them.
     */
    public static Result solve(MatchingSolution solution, ToLongBiFunction<Assignment, OfferFact> extraCost,
                               Deadline deadline) {
        return solve(solution, extraCost, deadline, Deadline.NONE);
    }

    /**
     * The same, a solve cut short by {@code deadline} housing the families it left out from free
     * offers beyond their lists until {@code fillBy} (that search alone took 20 s at 50,000 families
     * with 20,000 left out, so a job's exact phase bounds it).
     */
    public static Result solve(MatchingSolution solution, ToLongBiFunction<Assignment, OfferFact> extraCost,
                               Deadline deadline, Deadline fillBy) {
        long started = System.nanoTime();
        Policy policy = solution.getPolicy();
        List<Assignment> assignments = solution.getAssignments();
        Set<RejectedPair> rejected = new HashSet<>(solution.getRejectedPairs());

        Set<OfferFact> heldByPinned = new HashSet<>();
        for (Assignment assignment : assignments) {
            if (assignment.isPinned() && assignment.getOffer() != null) {
                heldByPinned.add(assignment.getOffer());
            }
        }

        // Rows: the movable families, most weighted first (a deadline leaves the least weighted to the greedy
        // fill); columns: offers seen among feasible pairs, then one "unassigned" per row.
        int[] rowOf = new int[assignments.size()];
        Arrays.fill(rowOf, -1);
        List<Integer> movable = new ArrayList<>();
        for (int i = 0; i < assignments.size(); i++) {
            if (!assignments.get(i).isPinned()) {
                movable.add(i);
            }
        }
        movable.sort(Comparator.comparingLong(
                (Integer i) -> -PairCosts.housedWeight(assignments.get(i).getFamily(), policy)));

        boolean priced = extraCost == null && solution.hasCheapestCandidates();
        Pricer pricer = priced ? new Pricer(solution, heldByPinned, rejected) : null;
        // The pairs pricing adds, per assignment: the solution's own candidate lists are left as they are.
        List<List<OfferFact>> added = new ArrayList<>(Collections.nCopies(assignments.size(), List.of()));
        Problem problem;
        int[] rowColumn;
        Pricing pricing = null;
        int passes = 0;
        long pairsAdded = 0;
        long firstMaxViolation = -1;
        Problem previous = null;
        int[] previousRowColumn = null;
        long gapBound = -1;
        PairMemo memo = new PairMemo(assignments.size());
        while (true) {
            long stepStarted = System.nanoTime();
            Arrays.fill(rowOf, -1); // a build cut by the deadline must not leave rows of the previous pass behind
            problem = Problem.build(assignments, added, movable, rowOf, heldByPinned, rejected, policy, extraCost,
                    pricer == null ? 0 : pricer.bigM(movable), deadline, memo);
            Trace.step("exact: build " + problem.feasiblePairs + " pairs", stepStarted);
            stepStarted = System.nanoTime();
            long[] price = new long[problem.columns.size() + problem.rows()];
            rowColumn = assign(problem.rows(), problem.columns.size() + problem.rows(), problem.from, problem.column,
                    problem.cost, deadline, price);
            Trace.step("exact: assign " + problem.rows() + " rows", stepStarted);
            stepStarted = System.nanoTime();
            boolean allSolved = problem.rows() == movable.size()
                    && (rowColumn.length == 0 || rowColumn[rowColumn.length - 1] >= 0);
            if (!allSolved && previous != null) {
                // Cut short after pricing added pairs: the last complete solve (every family, fewer pairs) is the better answer.
                problem = previous;
                rowColumn = previousRowColumn;
                // The cut build numbered only the rows it reached: every family takes its row in that solve again.
                Arrays.fill(rowOf, -1);
                for (int r = 0; r < problem.rows(); r++) {
                    rowOf[problem.rowAssignment.get(r)] = r;
                }
            }
            if (pricer == null || !allSolved) {
                if (pricer != null) {
                    pricing = new Pricing(passes, pairsAdded, 0, Math.max(0, firstMaxViolation), -1, false, gapBound);
                }
                break;
            }
            Pricer.Pass pass = pricer.price(problem, rowColumn, price, added, deadline);
            passes++;
            Trace.step("exact: pricing pass " + passes + (pass == null ? " (cut)" : ", " + pass.pairsPriced()
                    + " pairs priced, max violation " + pass.maxViolation() + ", violations at most "
                    + pass.violationBound() + " in all"), stepStarted);
            if (pass == null) {
                // The answer is this solve's, over more pairs than the last priced one: no worse, so the last bound holds.
                pricing = new Pricing(passes, pairsAdded, 0, Math.max(0, firstMaxViolation), -1, false, gapBound);
                break;
            }
            if (firstMaxViolation < 0) {
                firstMaxViolation = pass.maxViolation();
            }
            if (pass.maxViolation() == 0) {
                pricing = new Pricing(passes, pairsAdded, pass.pairsPriced(), firstMaxViolation, 0, true, 0);
                break;
            }
            gapBound = pass.violationBound();
            previous = problem;
            previousRowColumn = rowColumn;
            pairsAdded += pass.addTo(added, problem.rowAssignment);
            Trace.step("exact: " + pairsAdded + " pairs added in all", stepStarted);
        }
        int rows = problem.rows();
        int solved = 0;
        while (solved < rows && rowColumn[solved] >= 0) {
            solved++;
        }
        int offerColumns = problem.columns.size();
        fillGreedily(solved, offerColumns, problem.from, problem.column, problem.cost, rowColumn);

        List<OfferFact> offers = new ArrayList<>(assignments.size());
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            offers.add(assignment.isPinned() ? assignment.getOffer()
                    : rowOf[i] >= 0 && rowColumn[rowOf[i]] < offerColumns ? problem.columns.get(rowColumn[rowOf[i]]) : null);
        }
        if (pricer != null && !pricing.proven() && rows > 0) {
            // Cut short once started: families left out take free offers beyond their lists too.
            long fillStarted = System.nanoTime();
            pricer.houseFromFree(offers, movable, fillBy);
            Trace.step("exact: housing the families left out from free offers", fillStarted);
        }
        long housedWeight = 0;
        long unhousedWeight = 0;
        long softCost = 0;
        long movableSoft = 0;
        for (int i = 0; i < assignments.size(); i++) {
            Assignment assignment = assignments.get(i);
            OfferFact offer = offers.get(i);
            FamilyFact family = assignment.getFamily();
            long soft = KeepProposal.penalty(family, offer, policy);
            if (offer == null) {
                unhousedWeight += PairCosts.housedWeight(family, policy);
            } else {
                housedWeight += PairCosts.housedWeight(family, policy);
                soft += PairCosts.softCost(family, offer, policy);
            }
            softCost += soft;
            if (!assignment.isPinned()) {
                movableSoft += soft;
            }
        }
        if (pricing != null) {
            pricing = pricing.withAnswerSoft(movableSoft);
        }
        return new Result(offers, housedWeight, unhousedWeight, softCost, problem.feasiblePairs,
                (System.nanoTime() - started) / 1_000_000, solved, movable.size(), pricing);
    }

    /**
     * The sparse assignment problem of the current candidate lists: row r (the r-th movable family
     * by weight) owns edges {@code from[r] .. from[r+1]-1}, the last of which is its private
     * "unassigned" column; costs are {@code soft − weight × bigM}.
     */
    record Problem(List<Integer> rowAssignment, List<OfferFact> columns, int[] from, int[] column, long[] cost,
                   int feasiblePairs, long bigM) {

        int rows() {
            return rowAssignment.size();
        }

        /**
         * {@code fixedBigM} 0: the factor is worked out from the candidates (larger than any total
         * soft of pairs among them); otherwise it is given (larger than any total soft of all pairs).
         */
        static Problem build(List<Assignment> assignments, List<List<OfferFact>> added, List<Integer> movable, int[] rowOf,
                             Set<OfferFact> heldByPinned, Set<RejectedPair> rejected, Policy policy,
                             ToLongBiFunction<Assignment, OfferFact> extraCost, long fixedBigM, Deadline deadline,
                             PairMemo memo) {
            List<Integer> rowAssignment = new ArrayList<>();
            Map<OfferFact, Integer> columnOf = new HashMap<>();
            List<OfferFact> columns = new ArrayList<>();
            IntList edgeColumn = new IntList();
            LongList edgeSoft = new LongList();
            IntList rowStart = new IntList();
            long bigM = 1;
            for (int i : movable) {
                if (deadline.passed()) {
                    break;
                }
                Assignment assignment = assignments.get(i);
                rowOf[i] = rowAssignment.size();
                rowAssignment.add(i);
                rowStart.add(edgeColumn.size());
                FamilyFact family = assignment.getFamily();
                long maxSoft = 0;
                List<OfferFact> pairs = added.get(i).isEmpty() ? assignment.getCandidates()
                        : concat(assignment.getCandidates(), added.get(i));
                long[] softs = memo.softs(i, pairs.size());
                for (int p = 0; p < pairs.size(); p++) {
                    OfferFact offer = pairs.get(p);
                    if (p >= memo.known(i)) {
                        softs[p] = heldByPinned.contains(offer) || !Candidates.allowed(family, offer, rejected, policy)
                                ? PairMemo.NOT_ALLOWED
                                : Candidates.cost(family, offer, policy)
                                        + (extraCost == null ? 0 : extraCost.applyAsLong(assignment, offer));
                    }
                    long soft = softs[p];
                    if (soft == PairMemo.NOT_ALLOWED) {
                        continue;
                    }
                    Integer column = columnOf.get(offer);
                    if (column == null) {
                        column = columns.size();
                        columnOf.put(offer, column);
                        columns.add(offer);
                    }
                    edgeColumn.add(column);
                    edgeSoft.add(soft);
                    maxSoft = Math.max(maxSoft, soft);
                }
                bigM += Math.max(maxSoft, KeepProposal.penalty(family, null, policy));
                memo.knownUpTo(i, pairs.size());
            }
            if (fixedBigM > 0) {
                bigM = fixedBigM;
            }
            int rows = rowAssignment.size();
            int offerColumns = columns.size();
            int feasiblePairs = edgeColumn.size();
            rowStart.add(feasiblePairs);

            // Costs: soft − weight × M on real pairs; the private "unassigned" column costs S7 alone
            // (a family leaving its previous proposal unassigned pays it too), usually 0.
            int[] start = rowStart.toArray();
            int[] column = new int[feasiblePairs + rows];
            long[] cost = new long[feasiblePairs + rows];
            int[] from = new int[rows + 1];
            int[] softColumn = edgeColumn.toArray();
            long[] soft = edgeSoft.toArray();
            int k = 0;
            for (int r = 0; r < rows; r++) {
                from[r] = k;
                FamilyFact family = assignments.get(rowAssignment.get(r)).getFamily();
                long housed = Math.multiplyExact(PairCosts.housedWeight(family, policy), bigM);
                for (int e = start[r]; e < start[r + 1]; e++) {
                    column[k] = softColumn[e];
                    cost[k++] = soft[e] - housed;
                }
                column[k] = offerColumns + r;
                cost[k++] = KeepProposal.penalty(family, null, policy);
            }
            from[rows] = k;
            return new Problem(rowAssignment, columns, from, column, cost, feasiblePairs, bigM);
        }
    }

    /**
     * Each family's pairs as one solve's builds worked them out (allowed or not, and the soft cost),
     * in list order: its candidates, then the pairs pricing added, which only grow. The pair checks
     * of a national run cost more than its solve, so each pass works out only the pairs it adds.
     */
    static final class PairMemo {
        static final long NOT_ALLOWED = Long.MIN_VALUE;

        private final long[][] softs;
        private final int[] known;

        PairMemo(int assignments) {
            softs = new long[assignments][];
            known = new int[assignments];
        }

        /** How many of assignment {@code i}'s pairs are worked out. */
        int known(int i) {
            return known[i];
        }

        /** The soft costs of assignment {@code i}'s pairs, room for {@code pairs} of them. */
        long[] softs(int i, int pairs) {
            if (softs[i] == null || softs[i].length < pairs) {
                softs[i] = softs[i] == null ? new long[pairs] : Arrays.copyOf(softs[i], pairs);
            }
            return softs[i];
        }

        void knownUpTo(int i, int pairs) {
            known[i] = pairs;
        }
    }

    private static List<OfferFact> concat(List<OfferFact> first, List<OfferFact> second) {
        List<OfferFact> both = new ArrayList<>(first.size() + second.size());
        both.addAll(first);
        both.addAll(second);
        return both;
    }

    /**
     * After a deadline: rows from {@code solved} on (least weighted last) each take their cheapest
     * column no other row holds, or their own "unassigned" column. Rows are in weight order, and
     * the weight is the same on all of a row's real pairs, so the cheapest cost is the cheapest soft.
     */
    private static void fillGreedily(int solved, int offerColumns, int[] from, int[] column, long[] cost,
                                     int[] rowColumn) {
        int rows = rowColumn.length;
        boolean[] taken = new boolean[offerColumns];
        for (int r = 0; r < solved; r++) {
            if (rowColumn[r] < offerColumns) {
                taken[rowColumn[r]] = true;
            }
        }
        for (int r = solved; r < rows; r++) {
            int best = offerColumns + r;
            long bestCost = 0;
            for (int e = from[r]; e < from[r + 1]; e++) {
                int j = column[e];
                if (j < offerColumns && !taken[j] && cost[e] < bestCost) {
                    best = j;
                    bestCost = cost[e];
                }
            }
            rowColumn[r] = best;
            if (best < offerColumns) {
                taken[best] = true;
            }
        }
    }

    /**
     * Minimum-cost assignment of every row to a distinct column, rows given as sparse edge lists
     * (row r owns edges from[r] .. from[r+1]-1). Each row must reach a free column (here its own
     * "unassigned" column always is one). Returns the column of each row; when the deadline passes,
     * the rows not yet solved have -1 (the rows before them are an optimal assignment of their own).
     */
    static int[] assign(int rows, int columns, int[] from, int[] column, long[] cost, Deadline deadline) {
        return assign(rows, columns, from, column, cost, deadline, new long[columns]);
    }

    /**
     * The same, leaving the column duals in {@code price} (all zeros on entry): at the end every
     * price is at most 0, a free column's is 0, and {@code cost − price} is smallest, over each
     * row's edges, at the row's own column (the row's dual) — the certificate {@link Pricer} checks.
     */
    static int[] assign(int rows, int columns, int[] from, int[] column, long[] cost, Deadline deadline,
                        long[] price) {
        int[] columnRow = new int[columns];
        Arrays.fill(columnRow, -1);
        int[] rowColumn = new int[rows];
        long[] rowMatchedCost = new long[rows];
        long[] dist = new long[columns];
        int[] predRow = new int[columns];
        long[] predCost = new long[columns];
        int[] seen = new int[columns];
        int[] done = new int[columns];
        int[] settled = new int[columns];
        Heap heap = new Heap();
        Arrays.fill(rowColumn, -1);

        for (int r = 0; r < rows; r++) {
            if (deadline.passed()) {
                break;
            }
            int stamp = r + 1;
            heap.clear();
            for (int e = from[r]; e < from[r + 1]; e++) {
                int j = column[e];
                long d = cost[e] - price[j];
                if (seen[j] != stamp || d < dist[j]) {
                    seen[j] = stamp;
                    dist[j] = d;
                    predRow[j] = r;
                    predCost[j] = cost[e];
                    heap.push(d, j);
                }
            }
            int settledCount = 0;
            int end = -1;
            long mu = 0;
            while (!heap.isEmpty()) {
                long d = heap.topKey();
                int j = heap.pop();
                if (done[j] == stamp || d != dist[j]) {
                    continue;
                }
                done[j] = stamp;
                settled[settledCount++] = j;
                // A dense row can settle every column: look at the clock now and then, and leave the
                // row unsolved (nothing is changed until its path is found).
                if ((settledCount & DEADLINE_CHECK_MASK) == 0 && deadline.passed()) {
                    return rowColumn;
                }
                if (columnRow[j] < 0) {
                    end = j;
                    mu = d;
                    break;
                }
                int r2 = columnRow[j];
                long base = d - (rowMatchedCost[r2] - price[j]);
                for (int e = from[r2]; e < from[r2 + 1]; e++) {
                    int c = column[e];
                    if (done[c] == stamp) {
                        continue;
                    }
                    long nd = base + cost[e] - price[c];
                    if (seen[c] != stamp || nd < dist[c]) {
                        seen[c] = stamp;
                        dist[c] = nd;
                        predRow[c] = r2;
                        predCost[c] = cost[e];
                        heap.push(nd, c);
                    }
                }
            }
            if (end < 0) {
                throw new IllegalStateException("row " + r + " reaches no free column");
            }
            for (int s = 0; s < settledCount; s++) {
                int j = settled[s];
                price[j] += dist[j] - mu;
            }
            int j = end;
            while (true) {
                int row = predRow[j];
                int previous = row == r ? -1 : rowColumn[row];
                columnRow[j] = row;
                rowColumn[row] = j;
                rowMatchedCost[row] = predCost[j];
                if (row == r) {
                    break;
                }
                j = previous;
            }
        }
        return rowColumn;
    }

    /** A binary min-heap of (long key, int value) with duplicates allowed (lazy deletion by the caller). */
    private static final class Heap {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        void clear() {
            size = 0;
        }

        boolean isEmpty() {
            return size == 0;
        }

        long topKey() {
            return keys[0];
        }

        void push(long key, int value) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (keys[parent] <= key) {
                    break;
                }
                keys[i] = keys[parent];
                values[i] = values[parent];
                i = parent;
            }
            keys[i] = key;
            values[i] = value;
        }

        int pop() {
            int top = values[0];
            long key = keys[--size];
            int value = values[size];
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && keys[child + 1] < keys[child]) {
                    child++;
                }
                if (keys[child] >= key) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
            return top;
        }
    }

    private static final class IntList {
        private int[] data = new int[1024];
        private int size;

        void add(int value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }

    private static final class LongList {
        private long[] data = new long[1024];
        private int size;

        void add(long value) {
            if (size == data.length) {
                data = Arrays.copyOf(data, size * 2);
            }
            data[size++] = value;
        }

        long[] toArray() {
            return Arrays.copyOf(data, size);
        }
    }
}
