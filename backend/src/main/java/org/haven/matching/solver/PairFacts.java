package org.haven.matching.solver;

/**
 * What the pair rules that compare one family with one offer read of the pair (H1, H2, H13, H14
 * and S1–S5), as numbers. Each of those rules is written once against this view ({@link PairRule},
 * {@link PairTerm}, {@link Pairs}), and two forms provide it: {@link FactPair} reads a
 * {@link FamilyFact} and an {@link OfferFact} (the constraint streams, the explanations, the
 * caseworker's checks), {@link IndexedPair} reads a family and one row of an {@link OfferIndex}'s
 * arrays (pricing and the candidate lists, over millions of pairs, where following each offer's
 * objects left the checks waiting on memory). So the rules cannot differ between the two.
 */
interface PairFacts {

    /** {@link #availableFromDay} of an offer free now. */
    long FREE_NOW = Long.MIN_VALUE;
    /** {@link #availableUntilDay} of an open-ended offer. */
    long OPEN_ENDED = Long.MAX_VALUE;

    int familySize();

    int bedroomsNeeded();

    int expectedStayMonths();

    /** The family's neededFrom as an epoch day. */
    long neededFromDay();

    boolean hasLocation();

    /** Null without a cap. */
    Integer maxDistanceKm();

    /** Whole km from the family's preferred location; only asked when {@link #hasLocation}. */
    int distanceKm();

    int offerMaxGuests();

    int offerBedrooms();

    /** The offer's availableFrom as an epoch day, or {@link #FREE_NOW}. */
    long availableFromDay();

    /** The offer's availableUntil as an epoch day, or {@link #OPEN_ENDED}. */
    long availableUntilDay();

    /** True when the family and the host household share a language. */
    boolean sharesLanguage();
}
