package org.haven.matching.solver;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.haven.geo.Distance;

/** The per-pair terms of docs/matching.md (distance, start, months available), in one place. */
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
        LocalDate availableFrom = offer.availableFrom();
        if (availableFrom == null || availableFrom.isBefore(family.neededFrom())) {
            return family.neededFrom();
        }
        return availableFrom;
    }

    public static int waitDays(FamilyFact family, OfferFact offer) {
        return (int) ChronoUnit.DAYS.between(family.neededFrom(), start(family, offer));
    }

    /** floor((availableUntil − start) in days / 30); {@link #UNLIMITED_MONTHS} without an end date. */
    public static int monthsAvailable(FamilyFact family, OfferFact offer) {
        if (offer.availableUntil() == null) {
            return UNLIMITED_MONTHS;
        }
        long days = ChronoUnit.DAYS.between(start(family, offer), offer.availableUntil());
        return (int) Math.floorDiv(days, DAYS_PER_MONTH);
    }
}
