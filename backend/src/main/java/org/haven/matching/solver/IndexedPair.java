package org.haven.matching.solver;

import java.util.Arrays;

import org.haven.geo.Distance;

/**
 * {@link PairFacts} of one family with one offer of an {@link OfferIndex} at a time, read from the
 * index's arrays: a cursor that pricing and the candidate lists move along the offers ({@link #at}).
 * The family's numbers are read once. Not thread-safe: one per family and thread.
 */
final class IndexedPair implements PairFacts {

    private static final int NOT_MEASURED = -1;

    private final OfferIndex index;
    private final FamilyFact family;
    private final long needsMask;
    private final int size;
    private final int bedroomsNeeded;
    private final int expectedStayMonths;
    private final long neededFromDay;
    private final boolean hasLocation;
    private final double lat;
    private final double lon;
    private final double cosLat;
    private final long languageMask;
    /** The offers rejected for this family, by number, ascending (usually none). */
    private final int[] rejectedOffers;
    private int offer = -1;
    private int distanceKm = NOT_MEASURED;

    IndexedPair(OfferIndex index, FamilyFact family, int[] rejectedOffers) {
        this.rejectedOffers = rejectedOffers;
        this.index = index;
        this.family = family;
        this.needsMask = PairRule.needsMask(family);
        this.size = family.size();
        this.bedroomsNeeded = family.bedroomsNeeded();
        this.expectedStayMonths = family.expectedStayMonths();
        this.neededFromDay = family.neededFromDay();
        this.hasLocation = family.hasLocation();
        this.lat = hasLocation ? family.lat() : 0;
        this.lon = hasLocation ? family.lon() : 0;
        this.cosLat = Distance.cosLat(lat);
        this.languageMask = index.languageMask == null ? 0 : index.languageMask(family.languages());
    }

    /** Moves to offer number {@code i} of the index; returns this. */
    IndexedPair at(int i) {
        offer = i;
        distanceKm = NOT_MEASURED;
        return this;
    }

    FamilyFact family() {
        return family;
    }

    OfferFact offer() {
        return index.offer(offer);
    }

    /** True when a caseworker rejected this pair (H15 of the pair's own). */
    boolean rejected() {
        return rejectedOffers.length > 0 && Arrays.binarySearch(rejectedOffers, offer) >= 0;
    }

    /** True when the offer fails one of the family's needs of H3–H12, from two numbers. */
    boolean lacksANeed() {
        return index.lacksAny(needsMask, offer);
    }

    @Override
    public int familySize() {
        return size;
    }

    @Override
    public int bedroomsNeeded() {
        return bedroomsNeeded;
    }

    @Override
    public int expectedStayMonths() {
        return expectedStayMonths;
    }

    @Override
    public long neededFromDay() {
        return neededFromDay;
    }

    @Override
    public boolean hasLocation() {
        return hasLocation;
    }

    @Override
    public Integer maxDistanceKm() {
        return family.maxDistanceKm();
    }

    @Override
    public int distanceKm() {
        // H14 and S1 both ask: measured once per pair.
        if (distanceKm == NOT_MEASURED) {
            distanceKm = Distance.roundedKm(lat, lon, cosLat, index.latDegrees[offer], index.lonDegrees[offer],
                    index.cosLat[offer]);
        }
        return distanceKm;
    }

    @Override
    public int offerMaxGuests() {
        return index.maxGuests[offer];
    }

    @Override
    public int offerBedrooms() {
        return index.bedrooms[offer];
    }

    @Override
    public long availableFromDay() {
        return index.availableFromDay[offer];
    }

    @Override
    public long availableUntilDay() {
        return index.availableUntilDay[offer];
    }

    @Override
    public boolean sharesLanguage() {
        if (index.languageMask == null) {
            return new FactPair(family, offer()).sharesLanguage();
        }
        return (languageMask & index.languageMask[offer]) != 0;
    }
}
