package org.haven.matching.solver;

import org.haven.matching.solver.PairExplanation.Line;

/**
 * The hard rules of docs/matching.md that depend on the run rather than on one pair: H15 (the
 * pair was turned down before; a pinned live placement is exempt) and H16 (one family per offer).
 * Their names and sentences are defined here once; {@link MatchingConstraintProvider} scores them.
 */
public enum RunRule {

    H15("rejected") {
        @Override
        public Line line(boolean broken) {
            return Line.hard(name(), !broken, broken
                    ? Sentence.of("H15.rejected", "A caseworker or the host turned this pair down before")
                    : Sentence.of("H15.notRejected", "Not turned down before for this family"));
        }
    },

    H16("one each") {
        @Override
        public Line line(boolean broken) {
            return Line.hard(name(), !broken, broken ? Sentence.of("H16.held", "Another family holds this offer")
                    : Sentence.of("H16.free", "No other family holds this offer"));
        }
    };

    private final String title;

    RunRule(String title) {
        this.title = title;
    }

    /** The rule as checked for a pair: {@code broken} when the run's data break it. */
    public abstract Line line(boolean broken);

    public String constraintName() {
        return name() + " " + title;
    }
}
