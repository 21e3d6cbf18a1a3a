package org.haven.matching.solver;

import static org.optaplanner.core.api.score.stream.Joiners.equal;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * docs/matching.md as constraint streams: one constraint per rule, named by the rule's id and
 * name. What breaks a rule and what a term costs are not written here but read from the rule's one
 * definition ({@link PairRule}, {@link RunRule}, {@link PairTerm}, {@link LinkedApart},
 * {@link KeepProposal}), which the candidate lists, the exact phase and the explanations use too.
 * Hard rules cost 1 hard per broken rule per pair; weights come from the {@link Policy} fact of the run.
 */
public class MatchingConstraintProvider implements ConstraintProvider {

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
                linkedApart(factory),
                keepProposals(factory)
        };
    }

    /** Assigned pairs only: forEach skips families whose offer is null. */
    private static UniConstraintStream<Assignment> assigned(ConstraintFactory factory) {
        return factory.forEach(Assignment.class);
    }

    private static Constraint pairRule(ConstraintFactory factory, PairRule rule) {
        return assigned(factory)
                .join(Policy.class)
                .filter((assignment, policy) -> rule.breaks(assignment.getFamily(), assignment.getOffer(), policy))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(rule.constraintName());
    }

    private static Constraint pairTerm(ConstraintFactory factory, PairTerm term) {
        return assigned(factory)
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (assignment, policy) ->
                        Math.toIntExact(term.penalty(assignment.getFamily(), assignment.getOffer(), policy)))
                .asConstraint(term.constraintName());
    }

    Constraint capacity(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H1);
    }

    Constraint bedrooms(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H2);
    }

    Constraint stepFree(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H3);
    }

    Constraint wheelchairBathroom(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H4);
    }

    Constraint groundFloor(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H5);
    }

    Constraint pets(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H6);
    }

    Constraint allergy(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H7);
    }

    Constraint smoking(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H8);
    }

    Constraint children(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H9);
    }

    Constraint womenOnlyOffer(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H10);
    }

    Constraint noSingleMaleHousehold(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H11);
    }

    Constraint lgbtqiAffirming(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H12);
    }

    Constraint dates(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H13);
    }

    Constraint distanceCap(ConstraintFactory factory) {
        return pairRule(factory, PairRule.H14);
    }

    Constraint rejected(ConstraintFactory factory) {
        // A live placement stays whatever was turned down before: pinned pairs are exempt.
        return assigned(factory)
                .filter(assignment -> !assignment.isPinned())
                .ifExists(RejectedPair.class,
                        equal(assignment -> assignment.getFamily().id(), RejectedPair::familyId),
                        equal(assignment -> assignment.getOffer().id(), RejectedPair::offerId))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(RunRule.H15.constraintName());
    }

    Constraint oneEach(ConstraintFactory factory) {
        // Pinned assignments are entities too, so a live placement blocks its offer here.
        return factory.forEachUniquePair(Assignment.class, equal(Assignment::getOffer))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint(RunRule.H16.constraintName());
    }

    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(Assignment.class)
                .filter(assignment -> assignment.getOffer() == null)
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (assignment, policy) ->
                        Math.toIntExact(PairCosts.housedWeight(assignment.getFamily(), policy)))
                .asConstraint("Unassigned family");
    }

    Constraint distance(ConstraintFactory factory) {
        return pairTerm(factory, PairTerm.S1);
    }

    Constraint spareBeds(ConstraintFactory factory) {
        return pairTerm(factory, PairTerm.S2);
    }

    Constraint noSharedLanguage(ConstraintFactory factory) {
        return pairTerm(factory, PairTerm.S3);
    }

    Constraint shortStay(ConstraintFactory factory) {
        return pairTerm(factory, PairTerm.S4);
    }

    Constraint waitForRoom(ConstraintFactory factory) {
        return pairTerm(factory, PairTerm.S5);
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
                        Math.toIntExact(LinkedApart.penalty(link.from().getOffer(), other.getOffer(), policy)))
                .asConstraint(LinkedApart.CONSTRAINT_NAME);
    }

    Constraint keepProposals(ConstraintFactory factory) {
        // Unassigned families included: leaving out a family that held a proposal moves it too.
        return factory.forEachIncludingNullVars(Assignment.class)
                .filter(assignment -> KeepProposal.changes(assignment.getFamily(), assignment.getOffer()))
                .join(Policy.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, (assignment, policy) ->
                        Math.toIntExact(KeepProposal.penalty(assignment.getFamily(), assignment.getOffer(), policy)))
                .asConstraint(KeepProposal.CONSTRAINT_NAME);
    }

    /** One link listed by a family: its assignment and the id of the family it is linked to. */
    record Link(Assignment from, String linkedFamilyId) {
    }
}
