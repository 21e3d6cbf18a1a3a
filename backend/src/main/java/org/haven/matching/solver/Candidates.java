package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Which offers a family may be given, and its cheapest ones. A pair is allowed when it breaks none
 * of H1–H14 (the rules' own definitions, through {@link PairCosts#feasible}) nor H15; H16 depends
 * on the other families.
 *
 * <p>On a national run a family without a distance cap can take offers across the country, and
 * holding every allowed pair does not fit in memory (181 million at 50,000 families). So each
 * family starts with {@link #CHEAPEST} allowed offers near it ({@link #starting}), and the exact
 * phase ({@link ExactAssignment}) proves, by pricing every other allowed pair against its duals,
 * that no pair left out could improve the answer, adding the ones that could until none can.
 */
public final class Candidates {

    /** How many allowed offers each family starts with. */
    public static final int CHEAPEST = 32;
    /** Among how many (times {@link #CHEAPEST}) of the nearest allowed offers they are the cheapest. */
    private static final int LOOKED_AT = 2;

    private Candidates() {
    }

    public static boolean allowed(FamilyFact family, OfferFact offer, Set<RejectedPair> rejected, Policy policy) {
        return PairCosts.feasible(family, offer, policy)
                && (rejected.isEmpty() || !rejected.contains(new RejectedPair(family.id(), offer.id())));
    }

    /**
     * The same for the pair at an {@link OfferIndex}'s cursor: most pairs that break a rule break
     * one of H3–H12, found from two numbers ({@link IndexedPair#lacksANeed}); the other rules read
     * the index's arrays. The same rules as above, from the same definitions.
     */
    static boolean allowed(IndexedPair pair, Policy policy) {
        return !pair.lacksANeed() && PairRule.allPassBeyondNeeds(pair, policy) && !pair.rejected();
    }

    /** How many of the offers in {@code index} the family may be given. */
    public static long countAllowed(FamilyFact family, OfferIndex index, Set<RejectedPair> rejected, Policy policy) {
        IndexedPair pair = index.pairsOf(family, rejected);
        long[] count = new long[1];
        index.nearestFirst(family, OfferIndex.reach(family), new OfferIndex.Visitor() {
            @Override
            public double wantedKm() {
                return Double.POSITIVE_INFINITY;
            }

            @Override
            public void accept(int offer) {
                if (allowed(pair.at(offer), policy)) {
                    count[0]++;
                }
            }
        });
        return count[0];
    }

    /** What giving the offer costs the family's soft score, before S6: S1–S5 and S7. */
    public static long cost(FamilyFact family, OfferFact offer, Policy policy) {
        return PairCosts.softCost(family, offer, policy) + KeepProposal.penalty(family, offer, policy);
    }

    /** The same for the pair at an {@link OfferIndex}'s cursor. */
    static long cost(IndexedPair pair, Policy policy) {
        // S7 reads the offer's id only for a family that holds a previous proposal.
        return PairTerm.total(pair, policy) + KeepProposal.penalty(pair.family(), pair.offer(), policy);
    }

    /**
     * A family's starting candidates: the {@code count} cheapest of the {@link #LOOKED_AT} × {@code count}
     * allowed offers nearest to it (by latitude first), cheapest first. Not the cheapest of all: on a
     * dense national run that search costs more than the whole solve, while the exact phase's pricing
     * finds, far more cheaply, the few pairs outside these lists that the optimum needs.
     */
    public static List<OfferFact> starting(FamilyFact family, OfferIndex index, Set<RejectedPair> rejected,
                                           Policy policy, int count) {
        Cheapest cheapest = new Cheapest(count);
        int[] allowedSeen = new int[1];
        IndexedPair pair = index.pairsOf(family, rejected);
        index.nearestFirst(family, OfferIndex.reach(family), new OfferIndex.Visitor() {
            @Override
            public double wantedKm() {
                return allowedSeen[0] >= LOOKED_AT * count ? -2 : Double.POSITIVE_INFINITY;
            }

            @Override
            public void accept(int i) {
                if (allowedSeen[0] < LOOKED_AT * count && allowed(pair.at(i), policy)) {
                    allowedSeen[0]++;
                    cheapest.offer(cost(pair, policy), i);
                }
            }
        });
        return cheapest.offers(index);
    }

    /** The {@code count} smallest (key, offer number) pairs seen, in a max-heap; ties go to the lower number. */
    static final class Cheapest {
        private final long[] keys;
        private final int[] values;
        private int size;

        Cheapest(int count) {
            keys = new long[count];
            values = new int[count];
        }

        boolean full() {
            return size == keys.length;
        }

        int size() {
            return size;
        }

        long worstKey() {
            return keys[0];
        }

        void offer(long key, int value) {
            if (keys.length == 0) {
                return;
            }
            if (size < keys.length) {
                int i = size++;
                while (i > 0) {
                    int parent = (i - 1) >>> 1;
                    if (!above(key, value, keys[parent], values[parent])) {
                        break;
                    }
                    keys[i] = keys[parent];
                    values[i] = values[parent];
                    i = parent;
                }
                keys[i] = key;
                values[i] = value;
                return;
            }
            if (!above(keys[0], values[0], key, value)) {
                return;
            }
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= size) {
                    break;
                }
                if (child + 1 < size && above(keys[child + 1], values[child + 1], keys[child], values[child])) {
                    child++;
                }
                if (!above(keys[child], values[child], key, value)) {
                    break;
                }
                keys[i] = keys[child];
                values[i] = values[child];
                i = child;
            }
            keys[i] = key;
            values[i] = value;
        }

        /** The offer numbers held, smallest key first. */
        int[] sortedValues() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> above(keys[a], values[a], keys[b], values[b]) ? 1
                    : above(keys[b], values[b], keys[a], values[a]) ? -1 : 0);
            int[] sorted = new int[size];
            for (int i = 0; i < size; i++) {
                sorted[i] = values[order[i]];
            }
            return sorted;
        }

        List<OfferFact> offers(OfferIndex index) {
            List<OfferFact> offers = new ArrayList<>(size);
            for (int i : sortedValues()) {
                offers.add(index.offer(i));
            }
            return offers;
        }

        private static boolean above(long key, int value, long otherKey, int otherValue) {
            return key > otherKey || key == otherKey && value > otherValue;
        }
    }
}
