package org.haven.matching.solver.io;

import java.util.ArrayList;
import java.util.List;

import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.HostFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.io.Instance.FamilyJson;
import org.haven.matching.solver.io.Instance.HostJson;
import org.haven.matching.solver.io.Instance.MemberJson;
import org.haven.matching.solver.io.Instance.OfferJson;
import org.haven.matching.solver.io.Instance.PairJson;
import org.haven.matching.solver.io.Instance.PersonJson;

/**
 * A solver problem as the instance file of docs/matching.md, so a generated benchmark run can be
 * solved by {@code solve} ({@code bench --write-instance}). Pinned assignments become pinned
 * pairs; candidate lists are not written ({@link InstanceConverter} builds them again). The policy
 * is left out when it is the default, which is what an absent policy means.
 */
public final class InstanceExport {

    private InstanceExport() {
    }

    public static Instance of(MatchingSolution solution) {
        if (!Policy.DEFAULTS.equals(solution.getPolicy())) {
            throw new IllegalArgumentException("Only runs with the default policy can be written");
        }
        List<PairJson> pinned = new ArrayList<>();
        List<FamilyJson> families = new ArrayList<>();
        for (Assignment assignment : solution.getAssignments()) {
            families.add(family(assignment.getFamily()));
            if (assignment.isPinned()) {
                pinned.add(new PairJson(assignment.getFamily().id(), assignment.getOffer().id()));
            }
        }
        return new Instance(null,
                solution.getHosts().stream().map(InstanceExport::host).toList(),
                solution.getOffers().stream().map(InstanceExport::offer).toList(),
                families,
                solution.getRejectedPairs().stream().map(pair -> new PairJson(pair.familyId(), pair.offerId())).toList(),
                pinned);
    }

    private static HostJson host(HostFact host) {
        return new HostJson(host.id(), persons(host.adults()), persons(host.children()),
                host.languages().stream().sorted().toList(), host.hasPets(), host.dbsLevel());
    }

    private static List<PersonJson> persons(List<HostFact.Person> persons) {
        return persons.stream().map(person -> new PersonJson(person.sex(), person.age())).toList();
    }

    private static OfferJson offer(OfferFact offer) {
        return new OfferJson(offer.id(), offer.host().id(), offer.type(), offer.lat(), offer.lon(), offer.bedrooms(),
                offer.maxGuests(), offer.stepFree(), offer.wheelchairBathroom(), offer.groundFloorBedroom(),
                offer.petsAllowed(), offer.childrenWelcome(), offer.womenOnly(), offer.lgbtqiAffirming(),
                offer.smokingAllowed(), offer.availableFrom(), offer.availableUntil());
    }

    private static FamilyJson family(FamilyFact family) {
        FamilyFact.Needs needs = family.needs();
        return new FamilyJson(family.id(),
                family.members().stream().map(member -> new MemberJson(member.age(), member.sex(),
                        member.relationship(), member.wheelchairUser())).toList(),
                family.languages().stream().sorted().toList(), needs.needsStepFree(), needs.needsGroundFloorBedroom(),
                needs.hasPets(), needs.petAllergy(), needs.smoker(), needs.needsLgbtqiAffirming(), family.urgency(),
                family.neededFrom(), family.expectedStayMonths(), family.lat(), family.lon(), family.maxDistanceKm(),
                family.linkedFamilyIds().stream().sorted().toList());
    }
}
