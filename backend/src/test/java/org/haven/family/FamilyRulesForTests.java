package org.haven.family;

/** The family rules for tests outside this package (e.g. the migration tests check the backfill). */
public final class FamilyRulesForTests {

    private FamilyRulesForTests() {
    }

    /** FamilyRules.matchable, computed now from what the case holds (not its stored flag). */
    public static boolean matchable(FamilyCase family) {
        return FamilyRules.matchable(family);
    }
}
