package org.haven.matching.solver;

import static org.optaplanner.core.api.score.stream.Joiners.equal;

import java.util.Collections;

import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * docs/matching.md as constraint streams: one constraint per rule, named by the rule's id and
 * name, so explanations and tests can refer to the page. Hard rules cost 1 hard per broken rule
 * per pair; weights come from the {@link Policy} fact of the run.
 */
public class MatchingConstraintProvider implements ConstraintProvider {

    /** S6 starts counting past this many km between linked families' offers. */
    static final int LINKED_FREE_KM = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                capacity(factory),
                bedrooms(factory),
                stepFree(factory),
                wheelchairBathroom(factory),
                groundFloor(factory),
                pets(factory),
                allergy(factory),
                smoking(factory),
                children(factory),
                womenOnlyOffer(factory),
                noSingleMaleHousehold(factory),
                lgbtqiAffirming(factory),
                dates(factory),
                distanceCap(factory),
                rejected(factory),
                oneEach(factory),
                unassigned(factory),
                distance(factory),
                spareBeds(factory),
                noSharedLanguage(factory),
                shortStay(factory),
                waitForRoom(factory),
                linkedApart(factory)
        };
    }

    /** Assigned pairs only: forEach skips families whose offer is null. */
    private static UniConstraintStream<Assignment> assigned(ConstraintFactory factory) {
        return factory.forEach(Assignment.class);
    }

    private static Constraint hard(ConstraintFactory factory, String name, PairRule broken) {
        return assigned(factory)
                .filter(assignment -> broken.test(assignment.getFamily(), assignment.getOffer()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(name);
    }

    @FunctionalInterface
    private interface PairRule {
        boolean test(FamilyFact family, OfferFact offer);
    }

    Constraint capacity(ConstraintFactory factory) {
        return hard(factory, "H1 capacity", (family, offer) -> family.size() > offer.maxGuests());
    }

    Constraint bedrooms(ConstraintFactory factory) {
        return hard(factory, "H2 bedrooms", (family, offer) -> family.bedroomsNeeded() > offer.bedrooms());
    }

    Constraint stepFree(ConstraintFactory factory) {
        return hard(factory, "H3 step-free", (family, offer) ->
                (family.needs().needsStepFree() || family.anyWheelchairUser()) && offer.stepFree() != StepFree.ALL);
    }

    Constraint wheelchairBathroom(ConstraintFactory factory) {
        return hard(factory, "H4 wheelchair bathroom", (family, offer) ->
                family.anyWheelchairUser() && !offer.wheelchairBathroom());
    }

    Constraint groundFloor(ConstraintFactory factory) {
        return hard(factory, "H5 ground floor", (family, offer) ->
                family.needs().needsGroundFloorBedroom() && !offer.groundFloorBedroom());
    }

    Constraint pets(ConstraintFactory factory) {
        return hard(factory, "H6 pets", (family, offer) -> family.needs().hasPets() && !offer.petsAllowed());
    }

    Constraint allergy(ConstraintFactory factory) {
        return hard(factory, "H7 allergy", (family, offer) -> family.needs().petAllergy() && offer.host().hasPets());
    }

    Constraint smoking(ConstraintFactory factory) {
        return hard(factory, "H8 smoking", (family, offer) -> family.needs().smoker() && !offer.smokingAllowed());
    }

    Constraint children(ConstraintFactory factory) {
        return hard(factory, "H9 children", (family, offer) -> family.hasChild()
                && (!offer.childrenWelcome() || offer.host().dbsLevel() != DbsLevel.ENHANCED_WITH_BARRED_LIST));
    }

    Constraint womenOnlyOffer(ConstraintFactory factory) {
        return hard(factory, "H10 women-only offer", (family, offer) -> offer.womenOnly() && family.hasMaleAged16Plus());
    }

    Constraint noSingleMaleHousehold(ConstraintFactory factory) {
        return hard(factory, "H11 no single-male household", (family, offer) -> family.adultsAllFemale()
                && offer.type() == OfferType.ROOM_IN_HOME && !offer.host().hasAdultWoman());
    }

    Constraint lgbtqiAffirming(ConstraintFactory factory) {
        return hard(factory, "H12 LGBTQI+", (family, offer) ->
                family.needs().needsLgbtqiAffirming() && !offer.lgbtqiAffirming());
    }

    Constraint dates(ConstraintFactory factory) {
        return assigned(factory)
                .join(Policy.class)
                .filter((assignment, policy) -> {
                    FamilyFact family = assignment.getFamily();
                    OfferFact offer = assignment.getOffer();
                    boolean startsTooLate = Pairs.start(family, offer)
                            .isAfter(family.neededFrom().plusDays(policy.arrivalWindowDays()));
                    boolean tooShort = Pairs.monthsAvailable(family, offer)
                            < Math.min(family.expectedStayMonths(), policy.minimumStayMonths());
                    return startsTooLate || tooShort;
                })
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("H13 dates");
    }

    Constraint distanceCap(ConstraintFactory factory) {
        // Without a preferred location there is nothing to measure the cap from.
        return hard(factory, "H14 distance cap", (family, offer) -> family.maxDistanceKm() != null
                && family.hasLocation() && Pairs.distanceKm(family, offer) > family.maxDistanceKm());
    }

    Constraint rejected(ConstraintFactory factory) {
        return assigned(factory)
                .ifExists(RejectedPair.class,
                        equal(assignment -> assignment.getFamily().id(), RejectedPair::familyId),
                        equal(assignment -> assignment.getOffer().id(), RejectedPair::offerId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("H15 rejected");
    }

    Constraint oneEach(ConstraintFactory factory) {
        // Pinned assignments are entities too, so a live placement blocks its offer here.
        return factory.forEachUniquePair(Assignment.class, equal(Assignment::getOffer))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("H16 one each");
    }

    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Assignment.class)
                .filter(assignment -> assignment.getOffer() == null)
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (assignment, policy) ->
                        assignment.getFamily().size() * policy.urgencyWeight(assignment.getFamily().urgency()))
                .asConstraint("Unassigned family");
    }

    Constraint distance(ConstraintFactory factory) {
        return assigned(factory)
                .filter(assignment -> assignment.getFamily().hasLocation())
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (assignment, policy) ->
                        Pairs.distanceKm(assignment.getFamily(), assignment.getOffer()) * policy.distanceWeight())
                .asConstraint("S1 distance");
    }

    Constraint spareBeds(ConstraintFactory factory) {
        // An over-full offer (H1 broken) has no spare beds rather than a reward.
        return assigned(factory)
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (assignment, policy) ->
                        Math.max(0, assignment.getOffer().maxGuests() - assignment.getFamily().size())
                                * policy.spareBedsWeight())
                .asConstraint("S2 spare beds");
    }

    Constraint noSharedLanguage(ConstraintFactory factory) {
        return assigned(factory)
                .filter(assignment -> Collections.disjoint(assignment.getFamily().languages(),
                        assignment.getOffer().host().languages()))
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (assignment, policy) -> policy.noSharedLanguageWeight())
                .asConstraint("S3 no shared language");
    }

    Constraint shortStay(ConstraintFactory factory) {
        return assigned(factory)
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (assignment, policy) ->
                        shortMonths(assignment.getFamily(), assignment.getOffer()) * policy.shortStayWeight())
                .asConstraint("S4 short stay");
    }

    private static int shortMonths(FamilyFact family, OfferFact offer) {
        int available = Pairs.monthsAvailable(family, offer);
        return available == Pairs.UNLIMITED_MONTHS ? 0 : Math.max(0, family.expectedStayMonths() - available);
    }

    Constraint waitForRoom(ConstraintFactory factory) {
        return assigned(factory)
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (assignment, policy) ->
                        Pairs.waitDays(assignment.getFamily(), assignment.getOffer()) * policy.waitForRoomWeight())
                .asConstraint("S5 wait for the room");
    }

    Constraint linkedApart(ConstraintFactory factory) {
        // Each listed link joins the linked family by id, so this costs one tuple per link, not one
        // per pair of families (a unique pair stream would build n² tuples before filtering). A pair
        // listed on both sides is kept once: from the side with the smaller id.
        return assigned(factory)
                .filter(assignment -> !assignment.getFamily().linkedFamilyIds().isEmpty())
                .flattenLast(assignment -> assignment.getFamily().linkedFamilyIds().stream()
                        .map(linkedId -> new Link(assignment, linkedId)).toList())
                .join(Assignment.class, equal(Link::linkedFamilyId, assignment -> assignment.getFamily().id()))
                .filter((link, other) -> !other.getFamily().linkedFamilyIds().contains(link.from().getFamily().id())
                        || link.from().getFamily().id().compareTo(other.getFamily().id()) < 0)
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (link, other, policy) ->
                        Math.max(0, Pairs.distanceKm(link.from().getOffer(), other.getOffer()) - LINKED_FREE_KM)
                                * policy.linkedApartWeight())
                .asConstraint("S6 linked families apart");
    }

    /** One link listed by a family: its assignment and the id of the family it is linked to. */
    record Link(Assignment from, String linkedFamilyId) {
    }
}
