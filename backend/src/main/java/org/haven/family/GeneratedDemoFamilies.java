package org.haven.family;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.haven.geo.DemoPlaces;
import org.haven.shared.Sex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * More READY demo families after the named ones, shaped like the benchmark's instances
 * (docs/matching-benchmark.md): Afghan families of about seven (some twelve), smaller Ukrainian
 * ones, a few percent with each need, two pairs of linked families. With the generated hosts'
 * offers, a matching run right after a fresh demo start has proposals to look at, and some
 * large families it cannot house. Every name is invented; a fixed seed makes every demo the same.
 */
@Component
@Profile("demo")
@Order(31)
class GeneratedDemoFamilies implements ApplicationRunner {

    static final int FIRST = 6;
    static final int LAST = 60;
    private static final long SEED = 2027;
    private static final int[] CAPS_KM = {25, 40, 60, 80, 100, 150};
    private static final List<String> DARI_NAMES_F = List.of("Zahra", "Maryam", "Fatima", "Shabnam", "Nargis", "Laila",
            "Parwana", "Sima");
    private static final List<String> DARI_NAMES_M = List.of("Ahmad", "Hamid", "Rahim", "Jawad", "Omid", "Karim",
            "Sohail", "Nabi");
    private static final List<String> UKRAINIAN_NAMES_F = List.of("Olena", "Iryna", "Natalia", "Oksana", "Tetiana",
            "Yulia", "Kateryna", "Svitlana");
    private static final List<String> UKRAINIAN_NAMES_M = List.of("Andrii", "Taras", "Dmytro", "Maksym", "Oleh",
            "Bohdan", "Ivan", "Yurii");

    private final FamilyCaseRepository families;
    private final FamilyLocator locator;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GeneratedDemoFamilies(FamilyCaseRepository families, FamilyLocator locator, TransactionTemplate transaction,
            Clock clock) {
        this.families = families;
        this.locator = locator;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (families.existsByReference(reference(FIRST))) {
            return; // loaded at an earlier start
        }
        Random random = new Random(SEED);
        transaction.executeWithoutResult(status -> {
            FamilyCase previous = null;
            String previousPlace = null;
            for (int n = FIRST; n <= LAST; n++) {
                // Two pairs of relatives arriving separately who want to live near each other.
                boolean secondOfPair = n == 11 || n == 31;
                String place = secondOfPair ? previousPlace : DemoPlaces.pick(random);
                FamilyCase family = load(n, place, random, secondOfPair ? previous.getId() : null);
                previous = family;
                previousPlace = place;
            }
        });
    }

    private FamilyCase load(int n, String place, Random random, UUID linkedTo) {
        Instant now = clock.instant();
        boolean afghan = percent(random, 40);
        List<FamilyMember> members = afghan ? afghanMembers(random) : ukrainianMembers(random);
        Set<String> languages = new LinkedHashSet<>();
        if (afghan) {
            languages.add(percent(random, 70) ? "fa" : "ps");
        } else {
            languages.add("uk");
            if (percent(random, 50)) {
                languages.add("ru");
            }
        }
        if (percent(random, afghan ? 30 : 40)) {
            languages.add("en");
        }
        if (percent(random, 2)) {
            FamilyMember last = members.remove(members.size() - 1);
            members.add(new FamilyMember(last.getFirstName(), last.getAge(), last.getSex(), last.getRelationship(), true));
        }
        double roll = random.nextDouble() * 100;
        Urgency urgency = roll < 10 ? Urgency.CRITICAL : roll < 40 ? Urgency.HIGH : Urgency.NORMAL;
        boolean postcode = DemoPlaces.isPostcode(place);
        FamilyCase family = new FamilyCase(reference(n), now);
        family.update(new FamilyDetails(urgency, members, List.copyOf(languages), percent(random, 3),
                percent(random, 3), percent(random, 3), percent(random, 3), percent(random, 5), percent(random, 2),
                postcode ? place : null, postcode ? null : place, CAPS_KM[random.nextInt(CAPS_KM.length)],
                null, linkedTo == null ? List.of() : List.of(linkedTo),
                LocalDate.now(clock).plusDays(random.nextInt(31)), 6 + random.nextInt(19),
                afghan ? "Afghan" : "Ukrainian", null, null, null, "Demo case: invented family."),
                locator.locate(postcode ? place : null, postcode ? null : place), now);
        // Families have waited a while already, so urgency and waiting days vary as in a real caseload.
        family.moveTo(FamilyStatus.READY, now.minus(Duration.ofDays(random.nextInt(45))));
        return families.save(family);
    }

    private static List<FamilyMember> afghanMembers(Random random) {
        int size = (int) Math.max(3, Math.min(12, Math.round(7 + random.nextGaussian() * 2)));
        List<FamilyMember> members = new ArrayList<>();
        members.add(new FamilyMember(name(DARI_NAMES_M, random), 28 + random.nextInt(25), Sex.M, Relationship.LEAD, false));
        members.add(new FamilyMember(name(DARI_NAMES_F, random), 25 + random.nextInt(25), Sex.F, Relationship.PARTNER,
                false));
        if (size >= 6 && percent(random, 30)) {
            boolean female = random.nextBoolean();
            members.add(new FamilyMember(name(female ? DARI_NAMES_F : DARI_NAMES_M, random), 60 + random.nextInt(20),
                    female ? Sex.F : Sex.M, Relationship.PARENT, false));
        }
        while (members.size() < size) {
            boolean female = random.nextBoolean();
            members.add(new FamilyMember(name(female ? DARI_NAMES_F : DARI_NAMES_M, random), random.nextInt(22),
                    female ? Sex.F : Sex.M, Relationship.CHILD, false));
        }
        return members;
    }

    private static List<FamilyMember> ukrainianMembers(Random random) {
        int roll = random.nextInt(100);
        int size = roll < 20 ? 1 : roll < 55 ? 2 : roll < 85 ? 3 : roll < 95 ? 4 : 5;
        List<FamilyMember> members = new ArrayList<>();
        boolean leadFemale = percent(random, 85);
        members.add(new FamilyMember(name(leadFemale ? UKRAINIAN_NAMES_F : UKRAINIAN_NAMES_M, random),
                25 + random.nextInt(40), leadFemale ? Sex.F : Sex.M, Relationship.LEAD, false));
        if (size >= 3 && percent(random, 30)) {
            members.add(new FamilyMember(name(UKRAINIAN_NAMES_F, random), 60 + random.nextInt(20), Sex.F,
                    Relationship.PARENT, false));
        } else if (size >= 2 && percent(random, 10)) {
            members.add(new FamilyMember(name(UKRAINIAN_NAMES_M, random), 25 + random.nextInt(40), Sex.M,
                    Relationship.PARTNER, false));
        }
        while (members.size() < size) {
            boolean female = random.nextBoolean();
            members.add(new FamilyMember(name(female ? UKRAINIAN_NAMES_F : UKRAINIAN_NAMES_M, random),
                    random.nextInt(18), female ? Sex.F : Sex.M, Relationship.CHILD, false));
        }
        return members;
    }

    static String reference(int n) {
        return "F-DEMO%02d".formatted(n);
    }

    private static String name(List<String> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }

    private static boolean percent(Random random, double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
