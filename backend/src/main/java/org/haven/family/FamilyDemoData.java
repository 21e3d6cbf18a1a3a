package org.haven.family;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.haven.shared.Sex;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo families for the {@code demo} profile: Afghan and Ukrainian households of the sizes
 * caseworkers meet, most READY for matching, one in triage and one waiting for its intake form.
 * Every name and note is invented.
 */
@Component
@Profile("demo")
@Order(30)
class FamilyDemoData implements ApplicationRunner {

    private record DemoFamily(String reference, FamilyStatus status, Urgency urgency, List<FamilyMember> members,
            List<String> languages, String place, int neededInDays, int stayMonths, boolean stepFree) {
    }

    private static final List<DemoFamily> FAMILIES = List.of(
            new DemoFamily("F-DEMO01", FamilyStatus.READY, Urgency.CRITICAL, List.of(
                    lead("Zahra", 38, Sex.F), person("Hamid", 41, Sex.M, Relationship.PARTNER),
                    child("Mina", 15, Sex.F), child("Reza", 12, Sex.M), child("Sana", 9, Sex.F),
                    child("Ali", 6, Sex.M), child("Parisa", 3, Sex.F)),
                    List.of("fa", "ps"), "Leeds", 3, 12, false),
            new DemoFamily("F-DEMO02", FamilyStatus.READY, Urgency.HIGH, List.of(
                    lead("Olena", 33, Sex.F), child("Maksym", 7, Sex.M)),
                    List.of("uk", "ru"), "Bristol", 10, 6, false),
            new DemoFamily("F-DEMO03", FamilyStatus.READY, Urgency.NORMAL, List.of(
                    lead("Farid", 29, Sex.M), person("Laila", 27, Sex.F, Relationship.PARTNER)),
                    List.of("fa", "en"), "Cardiff", 14, 12, false),
            new DemoFamily("F-DEMO04", FamilyStatus.READY, Urgency.HIGH, List.of(
                    lead("Gul", 62, Sex.F), person("Nasrin", 35, Sex.F, Relationship.CHILD),
                    child("Yasin", 10, Sex.M)),
                    List.of("ps"), "Glasgow", 5, 12, true),
            new DemoFamily("F-DEMO05", FamilyStatus.TRIAGE, Urgency.NORMAL, List.of(
                    lead("Iryna", 45, Sex.F), person("Taras", 19, Sex.M, Relationship.CHILD)),
                    List.of("uk"), "London", 21, 6, false));

    private final FamilyCaseRepository families;
    private final FamilyLocator locator;
    private final TransactionTemplate transaction;
    private final Clock clock;

    FamilyDemoData(FamilyCaseRepository families, FamilyLocator locator, TransactionTemplate transaction, Clock clock) {
        this.families = families;
        this.locator = locator;
        this.transaction = transaction;
        this.clock = clock;
    }

    private static FamilyMember lead(String name, int age, Sex sex) {
        return new FamilyMember(name, age, sex, Relationship.LEAD, false);
    }

    private static FamilyMember child(String name, int age, Sex sex) {
        return new FamilyMember(name, age, sex, Relationship.CHILD, false);
    }

    private static FamilyMember person(String name, int age, Sex sex, Relationship relationship) {
        return new FamilyMember(name, age, sex, relationship, false);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (families.count() > 0) {
            return; // loaded at an earlier start
        }
        transaction.executeWithoutResult(status -> FAMILIES.forEach(this::load));
    }

    private void load(DemoFamily demo) {
        var now = clock.instant();
        FamilyCase family = new FamilyCase(demo.reference(), now);
        family.update(new FamilyDetails(demo.urgency(), demo.members(), demo.languages(), demo.stepFree(), false, false,
                false, false, false, null, demo.place(), 80, null, List.of(),
                LocalDate.now(clock).plusDays(demo.neededInDays()), demo.stayMonths(), null, null, null, null,
                "Demo case: invented family."), locator.locate(null, demo.place()), now);
        family.moveTo(demo.status(), now);
        families.save(family);
    }
}
