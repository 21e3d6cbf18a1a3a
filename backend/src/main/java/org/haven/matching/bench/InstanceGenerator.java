package org.haven.matching.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.FamilyFact.Member;
import org.haven.matching.solver.FamilyFact.Needs;
import org.haven.matching.solver.HostFact.Person;
import org.haven.shared.Sex;
import org.haven.matching.solver.Assignment;
import org.haven.matching.solver.Candidates;
import org.haven.matching.solver.FamilyFact;
import org.haven.matching.solver.HostFact;
import org.haven.matching.solver.MatchingSolution;
import org.haven.matching.solver.OfferFact;
import org.haven.matching.solver.OfferIndex;
import org.haven.matching.solver.Policy;
import org.haven.matching.solver.RejectedPair;

/**
 * Realistic generated runs for the benchmark, the same for the same size and seed.
 *
 * <p>About 40 % of families are Afghan (7 people on average, from 3 up to 12: parents, children,
 * sometimes a grandparent; Dari/Pashto) and 60 % Ukrainian (1–5 people, mostly mothers with
 * children and grandmothers; Ukrainian/Russian). There are 1.2 offers per family: three in four
 * are rooms in a home with 1–2 bedrooms, the rest self-contained homes of 1–5 bedrooms. Everyone
 * is placed around 28 UK cities weighted roughly by population; every family gives a preferred
 * location and a distance cap of 25–150 km. A few percent of families have each need, 1 % are
 * already placed (pinned), 2 % have a rejected pair (one of its cheapest), and with {@code linked} about 10 % come as
 * linked pairs wanting the same city. Candidate lists hold each family's cheapest allowed offers
 * ({@link Candidates#cheapest}, as the app builds them); the exact phase prices the rest.
 *
 * <p>With {@code realistic} density the run is the same except that, as in real caseloads, 15 % of
 * families give no distance cap and a further 3 % no location at all (so no cap either): each of
 * them can take offers across the country, which multiplies the feasible pairs.
 */
public final class InstanceGenerator {

    public static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private record City(String name, double lat, double lon, double weight) {
    }

    private static final List<City> CITIES = List.of(
            new City("London", 51.507, -0.128, 12), new City("Birmingham", 52.486, -1.890, 4),
            new City("Manchester", 53.480, -2.242, 4), new City("Leeds", 53.801, -1.549, 3),
            new City("Glasgow", 55.864, -4.252, 3), new City("Edinburgh", 55.953, -3.188, 2),
            new City("Liverpool", 53.408, -2.991, 2), new City("Bristol", 51.455, -2.588, 2),
            new City("Sheffield", 53.381, -1.470, 2), new City("Newcastle", 54.978, -1.618, 2),
            new City("Nottingham", 52.954, -1.158, 2), new City("Leicester", 52.637, -1.140, 1.5),
            new City("Cardiff", 51.481, -3.179, 1.5), new City("Belfast", 54.597, -5.930, 1.5),
            new City("Coventry", 52.407, -1.510, 1), new City("Bradford", 53.795, -1.759, 1),
            new City("Brighton", 50.822, -0.137, 1), new City("Oxford", 51.752, -1.258, 1),
            new City("Cambridge", 52.205, 0.122, 1), new City("Norwich", 52.630, 1.297, 1),
            new City("Plymouth", 50.376, -4.143, 1), new City("Southampton", 50.910, -1.404, 1),
            new City("York", 53.960, -1.087, 1), new City("Aberdeen", 57.149, -2.094, 1),
            new City("Exeter", 50.718, -3.534, 1), new City("Milton Keynes", 52.041, -0.759, 1),
            new City("Reading", 51.454, -0.978, 1), new City("Hull", 53.767, -0.327, 1));
    private static final int[] CAPS_KM = {25, 40, 60, 80, 100, 150};
    /** Realistic density: the share of families without a distance cap, and of those without a location. */
    static final double NO_CAP_PERCENT = 15;
    static final double NO_LOCATION_PERCENT = 3;
    /** Its own stream, so a realistic run is the plain run of the same seed with some caps and locations left out. */
    private static final long REALISTIC_SALT = 0x5EA1_15E1L;

    private InstanceGenerator() {
    }

    public static MatchingSolution generate(int familyCount, long seed, boolean linked) {
        return generate(familyCount, seed, linked, false);
    }

    /** With {@code realistic}: some families without a distance cap or a location (see above). */
    public static MatchingSolution generate(int familyCount, long seed, boolean linked, boolean realistic) {
        Random random = new Random(seed);
        Random density = realistic ? new Random(seed ^ REALISTIC_SALT) : null;
        Policy policy = Policy.DEFAULTS;
        int offerCount = (int) Math.round(familyCount * 1.2);

        List<HostFact> hosts = new ArrayList<>(offerCount);
        List<OfferFact> offers = new ArrayList<>(offerCount);
        for (int i = 0; i < offerCount; i++) {
            HostFact host = host(random, "h" + i);
            hosts.add(host);
            offers.add(offer(random, "o" + i, host));
        }

        List<FamilyFact> families = new ArrayList<>(familyCount);
        City linkedCity = null;
        for (int i = 0; i < familyCount; i++) {
            boolean secondOfPair = linked && i % 20 == 1;
            boolean firstOfPair = linked && i % 20 == 0 && i + 1 < familyCount;
            City city = secondOfPair ? linkedCity : city(random);
            Set<String> links = firstOfPair ? Set.of("f" + (i + 1)) : Set.of();
            FamilyFact family = family(random, "f" + i, city, links);
            families.add(density == null ? family : withDensity(density, family));
            linkedCity = city;
        }

        // Each family's cheapest allowed offers, on every core, as the app and the solve command build them.
        OfferIndex index = new OfferIndex(offers);
        List<List<OfferFact>> cheapest = IntStream.range(0, families.size()).parallel()
                .mapToObj(i -> Candidates.starting(families.get(i), index, Set.of(), policy, Candidates.CHEAPEST))
                .toList();

        List<RejectedPair> rejected = new ArrayList<>();
        Set<OfferFact> pinnedOffers = new HashSet<>();
        List<Assignment> assignments = new ArrayList<>(familyCount);
        for (int f = 0; f < families.size(); f++) {
            FamilyFact family = families.get(f);
            List<OfferFact> candidates = new ArrayList<>(cheapest.get(f));
            int roll = random.nextInt(100);
            if (roll < 1 && !candidates.isEmpty()) {
                OfferFact offer = candidates.get(random.nextInt(candidates.size()));
                if (pinnedOffers.add(offer)) {
                    assignments.add(Assignment.pinned(family, offer));
                    continue;
                }
            } else if (roll < 3 && !candidates.isEmpty()) {
                OfferFact offer = candidates.remove(random.nextInt(candidates.size()));
                rejected.add(new RejectedPair(family.id(), offer.id()));
            }
            assignments.add(Assignment.unassigned(family, candidates));
        }
        // A pinned offer is nobody else's candidate.
        if (!pinnedOffers.isEmpty()) {
            for (int i = 0; i < assignments.size(); i++) {
                Assignment assignment = assignments.get(i);
                if (!assignment.isPinned() && assignment.getCandidates().stream().anyMatch(pinnedOffers::contains)) {
                    assignments.set(i, Assignment.unassigned(assignment.getFamily(), assignment.getCandidates().stream()
                            .filter(offer -> !pinnedOffers.contains(offer)).toList()));
                }
            }
        }
        return new MatchingSolution(policy, hosts, offers, rejected, assignments).withCheapestCandidates();
    }

    /** Realistic density: 3 % drop their location (and so their cap), 15 % their cap. */
    private static FamilyFact withDensity(Random density, FamilyFact family) {
        double roll = density.nextDouble() * 100;
        if (roll >= NO_LOCATION_PERCENT + NO_CAP_PERCENT) {
            return family;
        }
        boolean noLocation = roll < NO_LOCATION_PERCENT;
        return new FamilyFact(family.id(), family.members(), family.languages(), family.needs(), family.urgency(),
                family.neededFrom(), family.expectedStayMonths(), noLocation ? null : family.lat(),
                noLocation ? null : family.lon(), null, family.linkedFamilyIds());
    }

    private static City city(Random random) {
        double total = CITIES.stream().mapToDouble(City::weight).sum();
        double pick = random.nextDouble() * total;
        for (City city : CITIES) {
            pick -= city.weight();
            if (pick < 0) {
                return city;
            }
        }
        return CITIES.get(0);
    }

    private static boolean percent(Random random, double percent) {
        return random.nextDouble() * 100 < percent;
    }

    private static HostFact host(Random random, String id) {
        List<Person> adults = new ArrayList<>();
        int shape = random.nextInt(100);
        if (shape < 60) {
            adults.add(new Person(Sex.F, 30 + random.nextInt(45)));
            adults.add(new Person(Sex.M, 30 + random.nextInt(45)));
        } else if (shape < 85) {
            adults.add(new Person(Sex.F, 25 + random.nextInt(55)));
        } else {
            adults.add(new Person(Sex.M, 25 + random.nextInt(55)));
        }
        List<Person> children = new ArrayList<>();
        if (percent(random, 30)) {
            for (int c = 1 + random.nextInt(2); c > 0; c--) {
                children.add(new Person(random.nextBoolean() ? Sex.F : Sex.M, random.nextInt(18)));
            }
        }
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        if (percent(random, 10)) {
            languages.add("uk");
        }
        if (percent(random, 5)) {
            languages.add(random.nextBoolean() ? "fa" : "ps");
        }
        DbsLevel dbs = percent(random, 85) ? DbsLevel.ENHANCED_WITH_BARRED_LIST
                : percent(random, 50) ? DbsLevel.ENHANCED : DbsLevel.BASIC;
        return new HostFact(id, adults, children, languages, percent(random, 30), dbs);
    }

    private static OfferFact offer(Random random, String id, HostFact host) {
        City city = city(random);
        double lat = city.lat() + random.nextGaussian() * 0.07;
        double lon = city.lon() + random.nextGaussian() * 0.11;
        boolean room = percent(random, 75);
        int bedrooms;
        int maxGuests;
        if (room) {
            bedrooms = percent(random, 55) ? 1 : 2;
            maxGuests = Math.max(1, bedrooms * 2 - random.nextInt(2));
        } else {
            int roll = random.nextInt(100);
            bedrooms = roll < 5 ? 1 : roll < 35 ? 2 : roll < 70 ? 3 : roll < 90 ? 4 : 5;
            maxGuests = bedrooms * 2 + random.nextInt(3);
        }
        LocalDate from = DAY.plusDays(-30 + random.nextInt(76));
        LocalDate until = percent(random, 50) ? null : from.plusDays(180 + random.nextInt(541));
        StepFree stepFree = percent(random, room ? 15 : 30) ? StepFree.ALL
                : StepFree.values()[1 + random.nextInt(3)];
        return new OfferFact(id, host, room ? OfferType.ROOM_IN_HOME : OfferType.SELF_CONTAINED, lat, lon,
                bedrooms, maxGuests, stepFree, stepFree == StepFree.ALL && percent(random, 30),
                percent(random, room ? 20 : 50), percent(random, 40), percent(random, 85),
                room && percent(random, 7), percent(random, 60), percent(random, 10), from, until);
    }

    private static FamilyFact family(Random random, String id, City city, Set<String> links) {
        boolean afghan = percent(random, 40);
        List<Member> members = new ArrayList<>();
        Set<String> languages = new LinkedHashSet<>();
        if (afghan) {
            int size = (int) Math.max(3, Math.min(12, Math.round(7 + random.nextGaussian() * 2)));
            members.add(new Member(28 + random.nextInt(25), Sex.M, Relationship.LEAD, false));
            members.add(new Member(25 + random.nextInt(25), Sex.F, Relationship.PARTNER, false));
            if (size >= 6 && percent(random, 30)) {
                members.add(new Member(60 + random.nextInt(20), random.nextBoolean() ? Sex.F : Sex.M,
                        Relationship.PARENT, false));
            }
            while (members.size() < size) {
                members.add(new Member(random.nextInt(22), random.nextBoolean() ? Sex.F : Sex.M,
                        Relationship.CHILD, false));
            }
            languages.add(percent(random, 70) ? "fa" : "ps");
            if (percent(random, 30)) {
                languages.add("en");
            }
        } else {
            int roll = random.nextInt(100);
            int size = roll < 20 ? 1 : roll < 55 ? 2 : roll < 85 ? 3 : roll < 95 ? 4 : 5;
            members.add(new Member(25 + random.nextInt(40), percent(random, 85) ? Sex.F : Sex.M,
                    Relationship.LEAD, false));
            if (size >= 3 && percent(random, 30)) {
                members.add(new Member(60 + random.nextInt(20), Sex.F, Relationship.PARENT, false));
            } else if (size >= 2 && percent(random, 10)) {
                members.add(new Member(25 + random.nextInt(40), Sex.M, Relationship.PARTNER, false));
            }
            while (members.size() < size) {
                members.add(new Member(random.nextInt(18), random.nextBoolean() ? Sex.F : Sex.M,
                        Relationship.CHILD, false));
            }
            languages.add("uk");
            if (percent(random, 50)) {
                languages.add("ru");
            }
            if (percent(random, 40)) {
                languages.add("en");
            }
        }
        if (percent(random, 2)) {
            Member first = members.get(members.size() - 1);
            members.set(members.size() - 1, new Member(first.age(), first.sex(), first.relationship(), true));
        }
        Needs needs = new Needs(percent(random, 3), percent(random, 3), percent(random, 3), percent(random, 3),
                percent(random, 5), percent(random, 2));
        double roll = random.nextDouble() * 100;
        Urgency urgency = roll < 10 ? Urgency.CRITICAL : roll < 40 ? Urgency.HIGH : Urgency.NORMAL;
        return new FamilyFact(id, members, languages, needs, urgency, DAY.plusDays(random.nextInt(31)),
                6 + random.nextInt(19), city.lat() + random.nextGaussian() * 0.05,
                city.lon() + random.nextGaussian() * 0.08, CAPS_KM[random.nextInt(CAPS_KM.length)], links);
    }
}
