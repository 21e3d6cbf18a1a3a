package org.haven.matching.solver;

import java.util.Collections;

/** {@link PairFacts} read from a family's and an offer's facts. */
record FactPair(FamilyFact family, OfferFact offer) implements PairFacts {

    @Override
    public int familySize() {
        return family.size();
    }

    @Override
    public int bedroomsNeeded() {
        return family.bedroomsNeeded();
    }

    @Override
    public int expectedStayMonths() {
        return family.expectedStayMonths();
    }

    @Override
    public long neededFromDay() {
        return family.neededFromDay();
    }

    @Override
    public boolean hasLocation() {
        return family.hasLocation();
    }

    @Override
    public Integer maxDistanceKm() {
        return family.maxDistanceKm();
    }

    @Override
    public int distanceKm() {
        return Pairs.distanceKm(family, offer);
    }

    @Override
    public int offerMaxGuests() {
        return offer.maxGuests();
    }

    @Override
    public int offerBedrooms() {
        return offer.bedrooms();
    }

    @Override
    public long availableFromDay() {
        return offer.availableFrom() == null ? FREE_NOW : offer.availableFrom().toEpochDay();
    }

    @Override
    public long availableUntilDay() {
        return offer.availableUntil() == null ? OPEN_ENDED : offer.availableUntil().toEpochDay();
    }

    @Override
    public boolean sharesLanguage() {
        return !Collections.disjoint(family.languages(), offer.host().languages());
    }
}
