package org.haven.matching.solver;

import java.time.LocalDate;
import java.util.Objects;

import org.haven.host.OfferType;
import org.haven.host.StepFree;

/** An offer with every field of the instance format; {@code availableUntil} null means open-ended. */
public record OfferFact(String id, HostFact host, OfferType type, double lat, double lon,
                        int bedrooms, int maxGuests, StepFree stepFree, boolean wheelchairBathroom,
                        boolean groundFloorBedroom, boolean petsAllowed, boolean childrenWelcome,
                        boolean womenOnly, boolean lgbtqiAffirming, boolean smokingAllowed,
                        LocalDate availableFrom, LocalDate availableUntil) {

    // Equal by id: the solver hashes offers in every join, and two offers are never the same room.
    @Override
    public boolean equals(Object other) {
        return other instanceof OfferFact offer && offer.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return id;
    }
}
