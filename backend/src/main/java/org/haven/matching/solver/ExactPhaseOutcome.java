package org.haven.matching.solver;

import java.util.Locale;

/**
 * How one job's exact phase ended, for whoever started the job: the {@code solve} command's last
 * line and a run's notice in the app. One per job (the phase that fills it is built per job).
 */
public final class ExactPhaseOutcome {

    private volatile int withoutCandidates;
    private volatile int familiesSolved = -1;
    private volatile int families;
    private volatile ExactAssignment.Pricing pricing;

    /**
     * Candidate building stopped at its deadline leaving the {@code count} least weighted families
     * without candidates; the exact phase solves them last, so they are never counted as solved.
     */
    public void candidatesStopped(int count) {
        withoutCandidates = count;
    }

    void record(ExactAssignment.Result result) {
        families = result.families();
        familiesSolved = Math.min(result.familiesSolved(), result.families() - withoutCandidates);
        pricing = result.pricing();
    }

    /** The optimality proof over every allowed pair (null when the lists held every pair, or no solve ran). */
    public ExactAssignment.Pricing pricing() {
        return pricing;
    }

    /**
     * The certificate in one line, when the candidate lists held only the cheapest offers and the
     * proof finished: "optimum proven over every allowed pair: 3 pricing passes, 1,234 pairs added,
     * largest violation 0".
     */
    public String certificate() {
        ExactAssignment.Pricing proof = pricing;
        if (proof == null || !proof.proven() || stoppedEarly()) {
            return null;
        }
        return String.format(Locale.ROOT, "optimum proven over every allowed pair: %d %s, %,d pairs added, "
                + "largest violation 0", proof.rounds(), proof.rounds() == 1 ? "pricing pass" : "pricing passes",
                proof.pairsAdded());
    }

    /**
     * Call when the solve has returned: if the time limit came before the exact phase could even
     * start, no family was solved exactly, and the outcome says so.
     */
    public void solvingEnded(MatchingSolution solved) {
        if (familiesSolved < 0) {
            families = (int) solved.getAssignments().stream().filter(assignment -> !assignment.isPinned()).count();
            familiesSolved = 0;
        }
    }

    /** True when the time limit stopped the exact phase (or the candidates before it) short of every family. */
    public boolean stoppedEarly() {
        return familiesSolved >= 0 && familiesSolved < families;
    }

    /** True when every family was solved over its candidates but the time limit stopped the proof over the other pairs. */
    public boolean proofStopped() {
        ExactAssignment.Pricing proof = pricing;
        return !stoppedEarly() && proof != null && !proof.proven();
    }

    /**
     * True when the limit stopped the proof over the pairs outside the candidate lists after it had
     * proven the medium: no answer houses more weighted people; only the soft could still improve.
     */
    public boolean mediumProven() {
        ExactAssignment.Pricing proof = pricing;
        return proofStopped() && proof.mediumProven();
    }

    public int familiesSolved() {
        return Math.max(0, familiesSolved);
    }

    public int families() {
        return families;
    }

    /**
     * The sentence the command prints and the run shows, or null when the exact phase finished (and
     * proved its answer). When the limit stopped the proof after the medium was proven optimal, it
     * says so and how far the soft can be from the optimum's ({@link ExactAssignment.Pricing#mediumProven}).
     */
    public String notice() {
        if (proofStopped()) {
            String passes = String.format(Locale.ROOT, "exact phase stopped at the time limit after %d %s over the "
                    + "pairs outside the candidate lists (%,d pairs added)", pricing.rounds(),
                    pricing.rounds() == 1 ? "pricing pass" : "pricing passes", pricing.pairsAdded());
            if (pricing.mediumProven()) {
                return passes + String.format(Locale.ROOT, "; the medium is proven optimal over every allowed pair "
                        + "and the soft is at most %,d above the optimum's", pricing.gapBound());
            }
            return passes + "; the answer is feasible but may not be optimal";
        }
        if (!stoppedEarly()) {
            return null;
        }
        return String.format(Locale.ROOT, "exact phase stopped at the time limit after %,d of %,d families; "
                + "the answer is feasible but may not be optimal", familiesSolved, families);
    }
}
