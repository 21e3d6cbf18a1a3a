package org.haven.host;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.haven.account.AccountDirectory;
import org.haven.account.AccountDirectory.AccountSummary;
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
 * Demo households and offers for the demo hosts (after the demo accounts exist): one host still
 * waiting for vetting, one with checks in progress, three approved with available offers.
 */
@Component
@Profile("demo")
@Order(20)
class HostDemoData implements ApplicationRunner {

    private record DemoHost(String email, VettingStatus status, List<HouseholdMember> members, List<String> languages,
            boolean hasPets, String title, OfferType type, String postcode, int bedrooms, int maxGuests,
            StepFree stepFree, boolean childrenWelcome, boolean womenOnly) {
    }

    private static final List<DemoHost> HOSTS = List.of(
            new DemoHost("host@haven.example", VettingStatus.APPLIED,
                    List.of(adult(Sex.F, 52)), List.of("en"), false,
                    "Spare room near the park", OfferType.ROOM_IN_HOME, "SE15 4AA", 1, 2, StepFree.SOME, true, true),
            new DemoHost("host.leeds@haven.example", VettingStatus.APPROVED,
                    List.of(adult(Sex.F, 41), adult(Sex.M, 44), child(Sex.F, 9)), List.of("en", "ur", "pa"), false,
                    "Two rooms in a family home", OfferType.ROOM_IN_HOME, "LS6 3AB", 2, 4, StepFree.NONE, true, false),
            new DemoHost("host.glasgow@haven.example", VettingStatus.CHECKS_IN_PROGRESS,
                    List.of(adult(Sex.M, 63)), List.of("en", "gd"), true,
                    "Garden flat", OfferType.SELF_CONTAINED, "G12 8QQ", 2, 5, StepFree.ALL, true, false),
            new DemoHost("host.bristol@haven.example", VettingStatus.APPROVED,
                    List.of(adult(Sex.F, 35), adult(Sex.F, 36)), List.of("en", "fa"), false,
                    "Attic room with its own bathroom", OfferType.ROOM_IN_HOME, "BS6 5AA", 1, 2, StepFree.NONE, false,
                    true),
            new DemoHost("host.cardiff@haven.example", VettingStatus.APPROVED,
                    List.of(adult(Sex.M, 58), adult(Sex.F, 57)), List.of("en", "cy", "uk"), false,
                    "Whole house while we are abroad", OfferType.SELF_CONTAINED, "CF24 4AA", 3, 7, StepFree.SOME, true,
                    false));

    private final HostProfileRepository profiles;
    private final OfferRepository offers;
    private final VettingEventRepository history;
    private final VettingMoves vetting;
    private final AccountDirectory accounts;
    private final Geocoder geocoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HostDemoData(HostProfileRepository profiles, OfferRepository offers, VettingEventRepository history,
            VettingMoves vetting, AccountDirectory accounts, Geocoder geocoder, TransactionTemplate transaction,
            Clock clock) {
        this.profiles = profiles;
        this.offers = offers;
        this.history = history;
        this.vetting = vetting;
        this.accounts = accounts;
        this.geocoder = geocoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    private static HouseholdMember adult(Sex sex, int age) {
        return new HouseholdMember(HouseholdMember.Kind.ADULT, sex, age);
    }

    private static HouseholdMember child(Sex sex, int age) {
        return new HouseholdMember(HouseholdMember.Kind.CHILD, sex, age);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (offers.count() > 0) {
            return; // loaded at an earlier start
        }
        Optional<UUID> caseworker = accounts.findByEmail("caseworker@haven.example").map(AccountSummary::id);
        transaction.executeWithoutResult(status -> HOSTS.forEach(host -> accounts.findByEmail(host.email())
                .flatMap(account -> profiles.findById(account.id()))
                .ifPresent(profile -> load(profile, host, caseworker.orElse(profile.getId())))));
    }

    private void load(HostProfile profile, DemoHost host, UUID caseworker) {
        var now = clock.instant();
        profile.replaceHousehold(host.members(), host.languages(), host.hasPets(),
                host.hasPets() ? List.of("dog") : List.of(), false, now);
        if (host.status() != VettingStatus.APPLIED) {
            boolean complete = host.status() == VettingStatus.APPROVED;
            LocalDate today = LocalDate.now(clock);
            profile.recordChecks(new VettingChecks(true, complete ? today.minusDays(10) : null, "Callum Caseworker",
                    complete ? HomeVisitOutcome.PASSED : null,
                    complete ? DbsLevel.ENHANCED_WITH_BARRED_LIST : DbsLevel.NONE,
                    complete ? today.minusDays(30) : null, complete, complete), now);
            history.save(new VettingEvent(profile.getId(), now, caseworker, VettingStatus.APPLIED,
                    VettingStatus.CHECKS_IN_PROGRESS, "Demo: identity seen, home visit booked."));
            if (complete) {
                history.save(new VettingEvent(profile.getId(), now, caseworker, VettingStatus.CHECKS_IN_PROGRESS,
                        VettingStatus.APPROVED, "Demo: all checks complete."));
            }
            vetting.move(profile, host.status(), now);
        }
        geocoder.locate(host.postcode()).ifPresent(location -> {
            Offer offer = new Offer(profile.getId(), now);
            offer.update(new OfferRequest(host.title(), host.type(), "1 Demo Street, " + host.postcode(),
                    host.postcode(), null, host.bedrooms(), host.maxGuests(), host.stepFree(), host.stepFree() == StepFree.ALL,
                    host.stepFree() == StepFree.ALL, host.hasPets(), host.childrenWelcome(), host.womenOnly(), true, false,
                    LocalDate.now(clock).plusDays(7), null, 6, OfferStatus.AVAILABLE),
                    OfferLocation.of(location), OfferStatus.AVAILABLE, profile.getStatus(), now);
            offers.save(offer);
        });
    }
}
