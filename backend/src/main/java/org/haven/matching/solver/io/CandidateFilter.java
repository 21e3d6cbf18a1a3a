package org.haven.matching.solver.io;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.Pairs;
import org.haven.matching.solver.RejectedPair;

/**
 * Drops the offers a family can never take, so the solver searches far fewer values. Only the
 * rules that depend on the pair alone are used (H1–H12, H14, H15); H13 reads the policy and H16
 * the other families. It is written apart from the constraint provider on purpose: a test checks
 * the two against each other, and the constraints still score every rule.
 */
public final class CandidateFilter {

    private CandidateFilter() {
    }

    public static List<OfferFact> candidates(FamilyFact family, Collection<OfferFact> offers, Set<RejectedPair> rejected) {
        return offers.stream().filter(offer -> allowed(family, offer, rejected)).toList();
    }

    public static boolean allowed(FamilyFact family, OfferFact offer, Set<RejectedPair> rejected) {
        var needs = family.needs();
        boolean children = !family.hasChild()
                || offer.childrenWelcome() && offer.host().dbsLevel() == DbsLevel.ENHANCED_WITH_BARRED_LIST;
        boolean singleMale = family.adultsAllFemale() && offer.type() == OfferType.ROOM_IN_HOME
                && !offer.host().hasAdultWoman();
        boolean withinCap = family.maxDistanceKm() == null || !family.hasLocation()
                || Pairs.distanceKm(family, offer) <= family.maxDistanceKm();
        return family.size() <= offer.maxGuests()                                                        // H1
                && family.bedroomsNeeded() <= offer.bedrooms()                                           // H2
                && (!(needs.needsStepFree() || family.anyWheelchairUser()) || offer.stepFree() == StepFree.ALL) // H3
                && (!family.anyWheelchairUser() || offer.wheelchairBathroom())                           // H4
                && (!needs.needsGroundFloorBedroom() || offer.groundFloorBedroom())                      // H5
                && (!needs.hasPets() || offer.petsAllowed())                                             // H6
                && (!needs.petAllergy() || !offer.host().hasPets())                                      // H7
                && (!needs.smoker() || offer.smokingAllowed())                                           // H8
                && children                                                                              // H9
                && !(offer.womenOnly() && family.hasMaleAged16Plus())                                    // H10
                && !singleMale                                                                           // H11
                && (!needs.needsLgbtqiAffirming() || offer.lgbtqiAffirming())                            // H12
                && withinCap                                                                             // H14
                && !rejected.contains(new RejectedPair(family.id(), offer.id()));                        // H15
    }
}
