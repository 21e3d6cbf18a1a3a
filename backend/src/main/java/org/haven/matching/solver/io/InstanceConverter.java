package org.haven.matching.solver.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.StepFree;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.Candidates;
import org.haven.matching.solver.Deadline;
import org.haven.matching.solver.ExactPhaseOutcome;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.HostFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferIndex;
import org.haven.matching.solver.Trace;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.PairCosts;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;
import org.haven.matching.solver.io.Instance.FamilyJson;
import org.haven.matching.solver.io.Instance.HostJson;
import org.haven.matching.solver.io.Instance.MemberJson;
import org.haven.matching.solver.io.Instance.OfferJson;
import org.haven.matching.solver.io.Instance.PairJson;
import org.haven.matching.solver.io.Instance.PersonJson;
import org.haven.matching.solver.io.Instance.PolicyJson;
import org.haven.matching.solver.io.Instance.WeightsJson;

/**
 * An {@link Instance} as the solver's {@link MatchingSolution}. Required fields are checked here
 * (the message names the field and where it is); absent optional ones take the defaults of
 * docs/matching.md, or the stricter reading where the page gives none (a missing flag on an
 * offer means "not offered", a missing DBS level means none, a missing step-free answer means
 * unknown). Pinned pairs become pinned assignments; every other family gets its
 * {@link Candidates#CHEAPEST} cheapest allowed offers ({@link Candidates#cheapest}), no pinned offer;
 * the exact phase prices every other allowed pair and adds those the optimum needs. A previous proposal (S7) is kept on its
 * family; its offer may have left the instance since.
 *
 * <p>Rejected pairs may name families or offers the file does not hold (a rejection outlives the
 * offer); pinned pairs and offers' hosts must resolve.
 */
public final class InstanceConverter {

    /** Families whose candidates are built side by side before the deadline is looked at again. */
    private static final int CANDIDATE_BATCH = 4 * Runtime.getRuntime().availableProcessors();

    private InstanceConverter() {
    }

    public static MatchingSolution toSolution(Instance instance) {
        return toSolution(instance, Deadline.NONE, new ExactPhaseOutcome());
    }

    /**
     * The same, building candidate lists (the slow part on a large run: every family against the
     * offers in its reach, on every core) only until {@code candidatesBy}: the most weighted families (size × urgency) get theirs
     * first, and the families still without a list when it passes get none (they stay unassigned,
     * which breaks no rule); {@code outcome} is told how many.
     */
    public static MatchingSolution toSolution(Instance instance, Deadline candidatesBy, ExactPhaseOutcome outcome) {
        Policy policy = policy(instance.policy());

        Map<String, HostFact> hosts = new LinkedHashMap<>();
        List<HostJson> hostList = required(instance.hosts(), "", "hosts");
        for (int i = 0; i < hostList.size(); i++) {
            HostFact host = host(element(hostList, i, "hosts"), "hosts[" + i + "]");
            unique(hosts, host.id(), host, "hosts[" + i + "]", "host");
        }

        Map<String, OfferFact> offers = new LinkedHashMap<>();
        List<OfferJson> offerList = required(instance.offers(), "", "offers");
        for (int i = 0; i < offerList.size(); i++) {
            OfferFact offer = offer(element(offerList, i, "offers"), "offers[" + i + "]", hosts);
            unique(offers, offer.id(), offer, "offers[" + i + "]", "offer");
        }

        Map<String, FamilyFact> families = new LinkedHashMap<>();
        List<FamilyJson> familyList = required(instance.families(), "", "families");
        for (int i = 0; i < familyList.size(); i++) {
            FamilyFact family = family(element(familyList, i, "families"), "families[" + i + "]");
            unique(families, family.id(), family, "families[" + i + "]", "family");
        }

        List<RejectedPair> rejected = new ArrayList<>();
        List<PairJson> rejectedList = orEmpty(instance.rejectedPairs());
        for (int i = 0; i < rejectedList.size(); i++) {
            PairJson pair = pair(element(rejectedList, i, "rejectedPairs"), "rejectedPairs[" + i + "]");
            rejected.add(new RejectedPair(pair.familyId(), pair.offerId()));
        }

        Map<String, OfferFact> pinned = new LinkedHashMap<>();
        Set<OfferFact> pinnedOffers = new HashSet<>();
        List<PairJson> pinnedList = orEmpty(instance.pinned());
        for (int i = 0; i < pinnedList.size(); i++) {
            String path = "pinned[" + i + "]";
            PairJson pair = pair(element(pinnedList, i, "pinned"), path);
            if (!families.containsKey(pair.familyId())) {
                throw new InstanceException(path + ": no family with id '" + pair.familyId() + "'");
            }
            OfferFact offer = offers.get(pair.offerId());
            if (offer == null) {
                throw new InstanceException(path + ": no offer with id '" + pair.offerId() + "'");
            }
            if (pinned.put(pair.familyId(), offer) != null) {
                throw new InstanceException(path + ": family '" + pair.familyId() + "' is pinned twice");
            }
            if (!pinnedOffers.add(offer)) {
                throw new InstanceException(path + ": offer '" + pair.offerId() + "' is pinned twice");
            }
        }

        List<PairJson> previousList = orEmpty(instance.previousProposals());
        Set<String> previousOffers = new HashSet<>();
        for (int i = 0; i < previousList.size(); i++) {
            String path = "previousProposals[" + i + "]";
            PairJson pair = pair(element(previousList, i, "previousProposals"), path);
            FamilyFact family = families.get(pair.familyId());
            if (family == null) {
                throw new InstanceException(path + ": no family with id '" + pair.familyId() + "'");
            }
            if (family.previousOfferId() != null) {
                throw new InstanceException(path + ": family '" + pair.familyId() + "' has two previous proposals");
            }
            if (!previousOffers.add(pair.offerId())) {
                throw new InstanceException(path + ": offer '" + pair.offerId() + "' is in two previous proposals");
            }
            // The offer may be gone since (withdrawn, taken): the family then pays S7 whatever it gets.
            families.put(family.id(), family.withPreviousOffer(pair.offerId()));
        }

        Set<RejectedPair> rejectedSet = Set.copyOf(rejected);
        // A pinned offer is taken for good (H16), so no other family needs it as a candidate.
        List<OfferFact> free = offers.values().stream().filter(offer -> !pinnedOffers.contains(offer)).toList();
        List<FamilyFact> byWeight = families.values().stream()
                .filter(family -> !pinned.containsKey(family.id()))
                .sorted(Comparator.comparingLong((FamilyFact family) -> -PairCosts.housedWeight(family, policy)))
                .toList();
        // Each family's cheapest allowed offers only: the exact phase prices the rest (see Candidates).
        long candidatesStarted = System.nanoTime();
        OfferIndex index = new OfferIndex(free);
        // On every core, in batches in weight order; the families listed are always the most weighted.
        List<List<OfferFact>> listed = new ArrayList<>(Collections.nCopies(byWeight.size(), null));
        for (int batch = 0; batch < byWeight.size() && !candidatesBy.passed(); batch += CANDIDATE_BATCH) {
            IntStream.range(batch, Math.min(byWeight.size(), batch + CANDIDATE_BATCH)).parallel().forEach(i -> {
                if (!candidatesBy.passed()) {
                    listed.set(i, Candidates.starting(byWeight.get(i), index, rejectedSet, policy, Candidates.CHEAPEST));
                }
            });
        }
        Trace.step("starting candidates", candidatesStarted);
        Map<String, List<OfferFact>> candidates = new HashMap<>();
        int withoutCandidates = 0;
        for (int i = 0; i < byWeight.size(); i++) {
            if (listed.get(i) == null || withoutCandidates > 0) {
                withoutCandidates++;
            } else {
                candidates.put(byWeight.get(i).id(), listed.get(i));
            }
        }
        outcome.candidatesStopped(withoutCandidates);
        List<Assignment> assignments = new ArrayList<>();
        for (FamilyFact family : families.values()) {
            OfferFact pinnedOffer = pinned.get(family.id());
            assignments.add(pinnedOffer != null
                    ? Assignment.pinned(family, pinnedOffer)
                    : Assignment.unassigned(family, candidates.getOrDefault(family.id(), List.of())));
        }
        return new MatchingSolution(policy, List.copyOf(hosts.values()), List.copyOf(offers.values()),
                rejected, assignments).withCheapestCandidates();
    }

    static Policy policy(PolicyJson json) {
        Policy defaults = Policy.DEFAULTS;
        if (json == null) {
            return defaults;
        }
        Map<Urgency, Integer> urgency = new EnumMap<>(Urgency.class);
        for (Urgency level : Urgency.values()) {
            urgency.put(level, defaults.urgencyWeight(level));
        }
        if (json.urgencyWeights() != null) {
            json.urgencyWeights().forEach((level, weight) -> {
                if (level == null || weight == null) {
                    throw new InstanceException("policy.urgencyWeights: every entry needs an urgency and a weight");
                }
                urgency.put(level, nonNegative(weight, "policy.urgencyWeights", level.name()));
            });
        }
        WeightsJson w = json.weights() != null ? json.weights()
                : new WeightsJson(null, null, null, null, null, null, null);
        return new Policy(
                nonNegative(or(json.arrivalWindowDays(), defaults.arrivalWindowDays()), "policy", "arrivalWindowDays"),
                nonNegative(or(json.minimumStayMonths(), defaults.minimumStayMonths()), "policy", "minimumStayMonths"),
                urgency,
                nonNegative(or(w.distance(), defaults.distanceWeight()), "policy.weights", "distance"),
                nonNegative(or(w.spareBeds(), defaults.spareBedsWeight()), "policy.weights", "spareBeds"),
                nonNegative(or(w.noSharedLanguage(), defaults.noSharedLanguageWeight()), "policy.weights", "noSharedLanguage"),
                nonNegative(or(w.shortStay(), defaults.shortStayWeight()), "policy.weights", "shortStay"),
                nonNegative(or(w.waitForRoom(), defaults.waitForRoomWeight()), "policy.weights", "waitForRoom"),
                nonNegative(or(w.linkedApart(), defaults.linkedApartWeight()), "policy.weights", "linkedApart"),
                nonNegative(or(w.keepProposal(), defaults.keepProposalWeight()), "policy.weights", "keepProposal"));
    }

    private static HostFact host(HostJson json, String path) {
        return new HostFact(required(json.id(), path, "id"),
                persons(json.adults(), path + ".adults"),
                persons(json.children(), path + ".children"),
                languages(json.languages(), path),
                or(json.hasPets(), false),
                or(json.dbsLevel(), DbsLevel.NONE));
    }

    private static List<HostFact.Person> persons(List<PersonJson> list, String path) {
        List<HostFact.Person> persons = new ArrayList<>();
        List<PersonJson> json = orEmpty(list);
        for (int i = 0; i < json.size(); i++) {
            String at = path + "[" + i + "]";
            PersonJson person = element(json, i, path);
            persons.add(new HostFact.Person(required(person.sex(), at, "sex"),
                    nonNegative(required(person.age(), at, "age"), at, "age")));
        }
        return persons;
    }

    private static OfferFact offer(OfferJson json, String path, Map<String, HostFact> hosts) {
        String hostId = required(json.hostId(), path, "hostId");
        HostFact host = hosts.get(hostId);
        if (host == null) {
            throw new InstanceException(path + ".hostId: no host with id '" + hostId + "'");
        }
        if (json.availableFrom() != null && json.availableUntil() != null
                && json.availableUntil().isBefore(json.availableFrom())) {
            throw new InstanceException(path + ": availableUntil is before availableFrom");
        }
        return new OfferFact(required(json.id(), path, "id"), host, required(json.type(), path, "type"),
                latitude(required(json.lat(), path, "lat"), path), longitude(required(json.lon(), path, "lon"), path),
                nonNegative(required(json.bedrooms(), path, "bedrooms"), path, "bedrooms"),
                nonNegative(required(json.maxGuests(), path, "maxGuests"), path, "maxGuests"),
                or(json.stepFree(), StepFree.UNKNOWN),
                or(json.wheelchairBathroom(), false), or(json.groundFloorBedroom(), false),
                or(json.petsAllowed(), false), or(json.childrenWelcome(), false), or(json.womenOnly(), false),
                or(json.lgbtqiAffirming(), false), or(json.smokingAllowed(), false),
                json.availableFrom(), json.availableUntil());
    }

    private static FamilyFact family(FamilyJson json, String path) {
        String id = required(json.id(), path, "id");
        List<MemberJson> memberList = required(json.members(), path, "members");
        if (memberList.isEmpty()) {
            throw new InstanceException(path + ".members: a family has at least one member");
        }
        List<FamilyFact.Member> members = new ArrayList<>();
        for (int i = 0; i < memberList.size(); i++) {
            String at = path + ".members[" + i + "]";
            MemberJson member = element(memberList, i, path + ".members");
            members.add(new FamilyFact.Member(nonNegative(required(member.age(), at, "age"), at, "age"),
                    required(member.sex(), at, "sex"), required(member.relationship(), at, "relationship"),
                    or(member.wheelchairUser(), false)));
        }
        if ((json.lat() == null) != (json.lon() == null)) {
            throw new InstanceException(path + ": give both lat and lon, or neither");
        }
        if (json.maxDistanceKm() != null) {
            nonNegative(json.maxDistanceKm(), path, "maxDistanceKm");
        }
        return new FamilyFact(id, members, languages(json.languages(), path),
                new FamilyFact.Needs(or(json.needsStepFree(), false), or(json.needsGroundFloorBedroom(), false),
                        or(json.hasPets(), false), or(json.petAllergy(), false), or(json.smoker(), false),
                        or(json.needsLgbtqiAffirming(), false)),
                or(json.urgency(), Urgency.NORMAL),
                required(json.neededFrom(), path, "neededFrom"),
                nonNegative(required(json.expectedStayMonths(), path, "expectedStayMonths"), path, "expectedStayMonths"),
                json.lat() == null ? null : latitude(json.lat(), path),
                json.lon() == null ? null : longitude(json.lon(), path),
                json.maxDistanceKm(),
                new LinkedHashSet<>(nonNullElements(orEmpty(json.linkedFamilyIds()), path + ".linkedFamilyIds")));
    }

    private static PairJson pair(PairJson json, String path) {
        required(json.familyId(), path, "familyId");
        required(json.offerId(), path, "offerId");
        return json;
    }

    private static Set<String> languages(List<String> list, String path) {
        return new LinkedHashSet<>(nonNullElements(orEmpty(list), path + ".languages"));
    }

    private static <T> List<T> nonNullElements(List<T> list, String path) {
        for (int i = 0; i < list.size(); i++) {
            element(list, i, path);
        }
        return list;
    }

    private static <T> T element(List<T> list, int index, String path) {
        T value = list.get(index);
        if (value == null) {
            throw new InstanceException(path + "[" + index + "] is null");
        }
        return value;
    }

    private static <T> T required(T value, String path, String field) {
        if (value == null) {
            throw new InstanceException((path.isEmpty() ? "" : path + ": ") + "missing required field '" + field + "'");
        }
        return value;
    }

    private static int nonNegative(int value, String path, String field) {
        if (value < 0) {
            throw new InstanceException(path + "." + field + " must not be negative (was " + value + ")");
        }
        return value;
    }

    private static double latitude(double value, String path) {
        if (value < -90 || value > 90) {
            throw new InstanceException(path + ".lat must be between -90 and 90 (was " + value + ")");
        }
        return value;
    }

    private static double longitude(double value, String path) {
        if (value < -180 || value > 180) {
            throw new InstanceException(path + ".lon must be between -180 and 180 (was " + value + ")");
        }
        return value;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list != null ? list : List.of();
    }

    private static <T> void unique(Map<String, T> byId, String id, T value, String path, String kind) {
        if (byId.putIfAbsent(id, value) != null) {
            throw new InstanceException(path + ": duplicate " + kind + " id '" + id + "'");
        }
    }
}
