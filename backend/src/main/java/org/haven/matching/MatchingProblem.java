package org.haven.matching;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.family.MatchableFamily;
import org.haven.family.Urgency;
import org.haven.host.MatchableHosts;
import org.haven.host.MatchableHosts.MatchableOffer;
import org.haven.matching.solver.Deadline;
import org.haven.matching.solver.ExactPhaseOutcome;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.io.Instance;
import org.haven.matching.solver.io.Instance.FamilyJson;
import org.haven.matching.solver.io.Instance.HostJson;
import org.haven.matching.solver.io.Instance.MemberJson;
import org.haven.matching.solver.io.Instance.OfferJson;
import org.haven.matching.solver.io.Instance.PairJson;
import org.haven.matching.solver.io.Instance.PersonJson;
import org.haven.matching.solver.io.Instance.PolicyJson;
import org.haven.matching.solver.io.Instance.WeightsJson;
import org.haven.matching.solver.io.InstanceConverter;
import org.haven.matching.solver.io.InstanceException;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What enters a run, read from the database in one transaction, as the instance file of
 * docs/matching.md: the app solves exactly what {@code haven.jar solve} would solve from that file.
 * Ids are the records' UUIDs as text. The matchable records are kept for the caseworker's view.
 */
record MatchingProblem(Policy policy, Instance instance, Map<UUID, MatchableFamily> families,
                       Map<UUID, MatchableOffer> offers) {

    private static final Logger LOG = LoggerFactory.getLogger(MatchingProblem.class);

    static MatchingProblem of(Policy policy, MatchableHosts hosts, List<MatchableFamily> families,
                              List<PairJson> rejectedPairs, List<PairJson> pinned) {
        return of(policy, hosts, families, rejectedPairs, pinned, List.of());
    }

    /** {@code previousProposals}: the undecided proposals a new run should keep when it can (S7). */
    static MatchingProblem of(Policy policy, MatchableHosts hosts, List<MatchableFamily> families,
                              List<PairJson> rejectedPairs, List<PairJson> pinned, List<PairJson> previousProposals) {
        Instance instance = new Instance(policyJson(policy),
                hosts.hosts().stream().map(MatchingProblem::host).toList(),
                hosts.offers().stream().map(MatchingProblem::offer).toList(),
                families.stream().map(MatchingProblem::family).toList(),
                rejectedPairs, pinned, previousProposals);
        return new MatchingProblem(policy, instance, byId(families, MatchableFamily::id),
                byId(hosts.offers(), MatchableOffer::id));
    }

    /**
     * A fresh planning solution (the solver changes the one it is given). Every write validates
     * what the converter checks, so a refusal here means stored data was changed behind the app's
     * back (a hand-made SQL fix, say): the caller gets a clear 409 instead of a 500, and the log
     * says which record (ids and field names only).
     */
    MatchingSolution toSolution() {
        return toSolution(Deadline.NONE, new ExactPhaseOutcome());
    }

    /** The same, with candidate lists built only until {@code candidatesBy} (see {@link InstanceConverter}). */
    MatchingSolution toSolution(Deadline candidatesBy, ExactPhaseOutcome outcome) {
        try {
            return InstanceConverter.toSolution(instance, candidatesBy, outcome);
        } catch (InstanceException broken) {
            LOG.warn("Stored data breaks the rules of a matching instance: {}", broken.getMessage());
            throw new ProblemException(ProblemType.CONFLICT, "Some stored family or offer data cannot be matched "
                    + "(the server log says which). Nothing was changed; ask an administrator to check it.");
        }
    }

    MatchableFamily family(String id) {
        return families.get(UUID.fromString(id));
    }

    MatchableOffer offer(String id) {
        return offers.get(UUID.fromString(id));
    }

    private static PolicyJson policyJson(Policy policy) {
        Map<Urgency, Integer> urgency = new EnumMap<>(Urgency.class);
        for (Urgency level : Urgency.values()) {
            urgency.put(level, policy.urgencyWeight(level));
        }
        return new PolicyJson(policy.arrivalWindowDays(), policy.minimumStayMonths(), urgency,
                new WeightsJson(policy.distanceWeight(), policy.spareBedsWeight(), policy.noSharedLanguageWeight(),
                        policy.shortStayWeight(), policy.waitForRoomWeight(), policy.linkedApartWeight(),
                        policy.keepProposalWeight()));
    }

    private static HostJson host(MatchableHosts.Host host) {
        return new HostJson(host.id().toString(),
                host.adults().stream().map(person -> new PersonJson(person.sex(), person.age())).toList(),
                host.children().stream().map(person -> new PersonJson(person.sex(), person.age())).toList(),
                host.languages(), host.hasPets(), host.dbsLevel());
    }

    private static OfferJson offer(MatchableOffer offer) {
        return new OfferJson(offer.id().toString(), offer.hostId().toString(), offer.type(), offer.lat(), offer.lon(),
                offer.bedrooms(), offer.maxGuests(), offer.stepFree(), offer.wheelchairBathroom(),
                offer.groundFloorBedroom(), offer.petsAllowed(), offer.childrenWelcome(), offer.womenOnly(),
                offer.lgbtqiAffirming(), offer.smokingAllowed(), offer.availableFrom(), offer.availableUntil());
    }

    private static FamilyJson family(MatchableFamily family) {
        return new FamilyJson(family.id().toString(),
                family.members().stream().map(member -> new MemberJson(member.age(), member.sex(),
                        member.relationship(), member.wheelchairUser())).toList(),
                family.languages(), family.needsStepFree(), family.needsGroundFloorBedroom(), family.hasPets(),
                family.petAllergy(), family.smoker(), family.needsLgbtqiAffirming(), family.urgency(),
                family.neededFrom(), family.expectedStayMonths(), family.lat(), family.lon(), family.maxDistanceKm(),
                family.linkedFamilyIds().stream().map(UUID::toString).sorted().toList());
    }

    private static <T> Map<UUID, T> byId(List<T> records, Function<T, UUID> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }
}
