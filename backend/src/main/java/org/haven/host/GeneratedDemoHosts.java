package org.haven.host;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.haven.account.AccountDirectory;
import org.haven.account.AccountDirectory.AccountSummary;
import org.haven.account.DemoHosts;
import org.haven.geo.DemoPlaces;
import org.haven.geo.GeoLocation;
import org.haven.geo.Geocoder;
import org.haven.host.HostDtos.OfferRequest;
import org.haven.shared.Sex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Households and offers for the generated demo hosts ({@link DemoHosts}): APPROVED, one AVAILABLE
 * offer each, drawn from the same shapes as the benchmark's instances (docs/matching-benchmark.md):
 * mostly one- or two-bedroom rooms in homes, a quarter self-contained homes, a few percent with
 * each accessibility feature. A fixed seed makes every fresh demo the same.
 */
@Component
@Profile("demo")
@Order(21)
class GeneratedDemoHosts implements ApplicationRunner {

    private static final long SEED = 2026;
    private static final List<String> ROOM_TITLES = List.of("Double room in a family home", "Spare room near the station",
            "Room with its own bathroom", "Quiet room, shared kitchen");
    private static final List<String> HOME_TITLES = List.of("Annexe", "Whole house while we are away", "Garden flat",
            "Cottage on the edge of town");

    private final HostProfileRepository profiles;
    private final OfferRepository offers;
    private final VettingMoves vetting;
    private final AccountDirectory accounts;
    private final Geocoder geocoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    GeneratedDemoHosts(HostProfileRepository profiles, OfferRepository offers, VettingMoves vetting,
            AccountDirectory accounts, Geocoder geocoder, TransactionTemplate transaction, Clock clock) {
        this.profiles = profiles;
        this.offers = offers;
        this.vetting = vetting;
        this.accounts = accounts;
        this.geocoder = geocoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Random random = new Random(SEED);
        transaction.executeWithoutResult(status -> {
            for (int n = 1; n <= DemoHosts.GENERATED; n++) {
                accounts.findByEmail(DemoHosts.email(n)).map(AccountSummary::id).flatMap(profiles::findById)
                        .filter(profile -> offers.findByHostIdOrderByCreatedAtDesc(profile.getId()).isEmpty())
                        .ifPresent(profile -> load(profile, random));
            }
        });
    }

    private void load(HostProfile profile, Random random) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        boolean hasPets = percent(random, 30);
        profile.replaceHousehold(household(random), languages(random), hasPets,
                hasPets ? List.of(random.nextBoolean() ? "cat" : "dog") : List.of(), percent(random, 10), now);
        DbsLevel dbs = percent(random, 85) ? DbsLevel.ENHANCED_WITH_BARRED_LIST : DbsLevel.ENHANCED;
        profile.recordChecks(new VettingChecks(true, today.minusDays(10 + random.nextInt(60)), "Callum Caseworker",
                HomeVisitOutcome.PASSED, dbs, today.minusDays(30 + random.nextInt(300)), true, true), now);
        vetting.move(profile, VettingStatus.APPROVED, now);

        String where = DemoPlaces.pick(random);
        GeoLocation location = geocoder.locate(where).orElseThrow(
                () -> new IllegalStateException("Demo place not in the gazetteer: " + where));
        offers.save(offer(profile, random, where, location, today, now));
    }

    private static Offer offer(HostProfile host, Random random, String where, GeoLocation location, LocalDate today,
            Instant now) {
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
        LocalDate from = today.plusDays(random.nextInt(31));
        LocalDate until = percent(random, 50) ? null : from.plusDays(180 + random.nextInt(541));
        StepFree stepFree = percent(random, room ? 15 : 30) ? StepFree.ALL : StepFree.values()[1 + random.nextInt(3)];
        boolean postcode = DemoPlaces.isPostcode(where);
        String title = room
                ? bedrooms == 1 ? ROOM_TITLES.get(random.nextInt(ROOM_TITLES.size())) : "Two rooms in a family home"
                : HOME_TITLES.get(random.nextInt(HOME_TITLES.size())) + ", " + bedrooms + " bedroom" + (bedrooms == 1 ? "" : "s");
        Offer offer = new Offer(host.getId(), now);
        offer.update(new OfferRequest(title, room ? OfferType.ROOM_IN_HOME : OfferType.SELF_CONTAINED,
                (1 + random.nextInt(120)) + " Demo Road, " + where, postcode ? where : null, postcode ? null : where,
                bedrooms, maxGuests, stepFree, stepFree == StepFree.ALL && percent(random, 30),
                percent(random, room ? 20 : 50), percent(random, 40), percent(random, 85), room && percent(random, 7),
                percent(random, 60), percent(random, 10), from, until, 6, OfferStatus.AVAILABLE),
                OfferLocation.of(location), OfferStatus.AVAILABLE, host.getStatus(), now);
        return offer;
    }

    private static List<HouseholdMember> household(Random random) {
        List<HouseholdMember> members = new ArrayList<>();
        int shape = random.nextInt(100);
        if (shape < 60) {
            members.add(adult(Sex.F, 30 + random.nextInt(45)));
            members.add(adult(Sex.M, 30 + random.nextInt(45)));
        } else if (shape < 85) {
            members.add(adult(Sex.F, 25 + random.nextInt(55)));
        } else {
            members.add(adult(Sex.M, 25 + random.nextInt(55)));
        }
        if (percent(random, 30)) {
            for (int c = 1 + random.nextInt(2); c > 0; c--) {
                members.add(new HouseholdMember(HouseholdMember.Kind.CHILD, random.nextBoolean() ? Sex.F : Sex.M,
                        random.nextInt(18)));
            }
        }
        return members;
    }

    private static List<String> languages(Random random) {
        Set<String> languages = new LinkedHashSet<>(List.of("en"));
        if (percent(random, 10)) {
            languages.add("uk");
        }
        if (percent(random, 8)) {
            languages.add(random.nextBoolean() ? "fa" : "ps");
        }
        return List.copyOf(languages);
    }

    private static HouseholdMember adult(Sex sex, int age) {
        return new HouseholdMember(HouseholdMember.Kind.ADULT, sex, age);
    }

    private static boolean percent(Random random, double percent) {
        return random.nextDouble() * 100 < percent;
    }
}
