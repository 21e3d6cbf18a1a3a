package org.haven.matching.solver;

import java.util.Collections;

import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;

/**
 * The per-pair part of docs/matching.md outside the constraint streams: whether a pair breaks
 * any of H1–H14 (H15 rejected and H16 one each depend on the run, not the pair) and its soft
 * cost S1–S5. The exact assignment, the greedy baseline and the instance generator use it;
 * {@link MatchingConstraintProvider} stays the source of the score, and a test checks both agree.
 */
public final class PairCosts {

    private PairCosts() {
    }

    /** True when the pair breaks none of H1–H14 under the policy. */
    public static boolean feasible(FamilyFact family, OfferFact offer, Policy policy) {
        FamilyFact.Needs needs = family.needs();
        if (family.size() > offer.maxGuests() || family.bedroomsNeeded() > offer.bedrooms()) {
            return false;
        }
        if ((needs.needsStepFree() || family.anyWheelchairUser()) && offer.stepFree() != StepFree.ALL) {
            return false;
        }
        if (family.anyWheelchairUser() && !offer.wheelchairBathroom()) {
            return false;
        }
        if (needs.needsGroundFloorBedroom() && !offer.groundFloorBedroom()
                || needs.hasPets() && !offer.petsAllowed()
                || needs.petAllergy() && offer.host().hasPets()
                || needs.smoker() && !offer.smokingAllowed()) {
            return false;
        }
        if (family.hasChild()
                && (!offer.childrenWelcome() || offer.host().dbsLevel() != DbsLevel.ENHANCED_WITH_BARRED_LIST)) {
            return false;
        }
        if (offer.womenOnly() && family.hasMaleAged16Plus()) {
            return false;
        }
        if (family.adultsAllFemale() && offer.type() == OfferType.ROOM_IN_HOME && !offer.host().hasAdultWoman()) {
            return false;
        }
        if (needs.needsLgbtqiAffirming() && !offer.lgbtqiAffirming()) {
            return false;
        }
        if (Pairs.start(family, offer).isAfter(family.neededFrom().plusDays(policy.arrivalWindowDays()))
                || Pairs.monthsAvailable(family, offer)
                < Math.min(family.expectedStayMonths(), policy.minimumStayMonths())) {
            return false;
        }
        return family.maxDistanceKm() == null || !family.hasLocation()
                || Pairs.distanceKm(family, offer) <= family.maxDistanceKm();
    }

    /** S1–S5 of the pair (S6 is between pairs), as a positive penalty. */
    public static long softCost(FamilyFact family, OfferFact offer, Policy policy) {
        long cost = 0;
        if (family.hasLocation()) {
            cost += (long) Pairs.distanceKm(family, offer) * policy.distanceWeight();
        }
        cost += (long) Math.max(0, offer.maxGuests() - family.size()) * policy.spareBedsWeight();
        if (Collections.disjoint(family.languages(), offer.host().languages())) {
            cost += policy.noSharedLanguageWeight();
        }
        int available = Pairs.monthsAvailable(family, offer);
        if (available != Pairs.UNLIMITED_MONTHS) {
            cost += (long) Math.max(0, family.expectedStayMonths() - available) * policy.shortStayWeight();
        }
        cost += (long) Pairs.waitDays(family, offer) * policy.waitForRoomWeight();
        return cost;
    }

    /** The medium weight of housing the family: size × urgency weight. */
    public static long housedWeight(FamilyFact family, Policy policy) {
        return (long) family.size() * policy.urgencyWeight(family.urgency());
    }
}
