package org.haven.matching.solver;

import java.time.LocalDate;

import org.haven.geo.Distance;

/**
 * The per-pair terms of docs/matching.md (distance, start, months available, wait), in one place:
 * each defined on {@link PairFacts}, and read for a family and an offer through {@link FactPair}.
 */
public final class Pairs {

    /** Months available when the offer has no end date. */
    public static final int UNLIMITED_MONTHS = Integer.MAX_VALUE;

    private static final int DAYS_PER_MONTH = 30;

    private Pairs() {
    }

    /** Whole km between the offer and the family's preferred location; null when the family gave none. */
    public static Integer distanceKm(FamilyFact family, OfferFact offer) {
        if (!family.hasLocation()) {
            return null;
        }
        return Distance.roundedKm(family.lat(), family.lon(), offer.lat(), offer.lon());
    }

    public static int distanceKm(OfferFact a, OfferFact b) {
        return Distance.roundedKm(a.lat(), a.lon(), b.lat(), b.lon());
    }

    /** The later of the family's neededFrom and the offer's availableFrom. */
    public static LocalDate start(FamilyFact family, OfferFact offer) {
        return LocalDate.ofEpochDay(startDay(new FactPair(family, offer)));
    }

    public static int waitDays(FamilyFact family, OfferFact offer) {
        return waitDays(new FactPair(family, offer));
    }

    /** floor((availableUntil − start) in days / 30); {@link #UNLIMITED_MONTHS} without an end date. */
    public static int monthsAvailable(FamilyFact family, OfferFact offer) {
        return monthsAvailable(new FactPair(family, offer));
    }

    /** The start as an epoch day: the later of neededFrom and availableFrom. */
    static long startDay(PairFacts pair) {
        return Math.max(pair.neededFromDay(), pair.availableFromDay());
    }

    static int waitDays(PairFacts pair) {
        return (int) (startDay(pair) - pair.neededFromDay());
    }

    static int monthsAvailable(PairFacts pair) {
        if (pair.availableUntilDay() == PairFacts.OPEN_ENDED) {
            return UNLIMITED_MONTHS;
        }
        return (int) Math.floorDiv(pair.availableUntilDay() - startDay(pair), DAYS_PER_MONTH);
    }
}
