package org.haven.matching.solver;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One per family: the offer it gets, or none. "None" is always allowed (nullable), so a solution
 * without hard breaks always exists and an unhoused family costs medium, not hard.
 */
@PlanningEntity
public class Assignment {

    @PlanningId
    private String id;
    private FamilyFact family;
    /** The offers this family may get; the caller may pre-filter them, the constraints still check every rule. */
    private List<OfferFact> candidates;
    @PlanningVariable(valueRangeProviderRefs = "candidates", nullable = true)
    private OfferFact offer;
    /** A live placement: the solver never moves it, but H16 still counts it. */
    @PlanningPin
    private boolean pinned;

    /** For OptaPlanner's cloning. */
    public Assignment() {
    }

    public Assignment(FamilyFact family, List<OfferFact> candidates, OfferFact offer, boolean pinned) {
        this.id = family.id();
        this.family = family;
        this.candidates = List.copyOf(candidates);
        this.offer = offer;
        this.pinned = pinned;
    }

    public static Assignment unassigned(FamilyFact family, List<OfferFact> candidates) {
        return new Assignment(family, candidates, null, false);
    }

    public static Assignment of(FamilyFact family, OfferFact offer) {
        return new Assignment(family, List.of(offer), offer, false);
    }

    public static Assignment pinned(FamilyFact family, OfferFact offer) {
        return new Assignment(family, List.of(offer), offer, true);
    }

    public String getId() {
        return id;
    }

    public FamilyFact getFamily() {
        return family;
    }

    @ValueRangeProvider(id = "candidates")
    public List<OfferFact> getCandidates() {
        return candidates;
    }

    /** Adds offers the exact phase found could improve the answer (see {@link Candidates}). */
    void addCandidates(List<OfferFact> more) {
        List<OfferFact> all = new ArrayList<>(candidates);
        all.addAll(more);
        candidates = List.copyOf(all);
    }

    public OfferFact getOffer() {
        return offer;
    }

    public void setOffer(OfferFact offer) {
        this.offer = offer;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public String toString() {
        return family.id() + "->" + (offer == null ? "-" : offer.id()) + (pinned ? " (pinned)" : "");
    }
}
