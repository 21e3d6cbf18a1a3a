package org.haven.host;

/** The offer rules for tests outside this package (e.g. the migration tests check the backfill). */
public final class OfferRulesForTests {

    private OfferRulesForTests() {
    }

    /** Offer.matchable, computed now from the offer's and its host's status (not the stored flag). */
    public static boolean matchable(OfferStatus status, VettingStatus hostStatus) {
        return Offer.matchable(status, hostStatus);
    }
}
