package org.haven.matching.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.matching.solver.FamilyFact.Member;
import org.haven.matching.solver.FamilyFact.Needs;
import org.haven.matching.solver.HostFact.Person;
import org.haven.shared.Sex;

/**
 * Builders that start from a pair breaking no rule and costing nothing but what a test changes:
 * the default offer is in Leeds, open-ended, allows everything and fits the default family
 * (a mother and her son of 6, no location given) exactly on the day it is needed.
 */
final class Fixtures {

    static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private Fixtures() {
    }

    static HostBuilder host() {
        return new HostBuilder();
    }

    static OfferBuilder offer() {
        return new OfferBuilder();
    }

    static FamilyBuilder family() {
        return new FamilyBuilder();
    }

    static Member lead(Sex sex, int age) {
        return new Member(age, sex, Relationship.LEAD, false);
    }

    static Member partner(Sex sex, int age) {
        return new Member(age, sex, Relationship.PARTNER, false);
    }

    static Member child(Sex sex, int age) {
        return new Member(age, sex, Relationship.CHILD, false);
    }

    static Member relative(Sex sex, int age) {
        return new Member(age, sex, Relationship.OTHER_RELATIVE, false);
    }

    static final class HostBuilder {
        String id = "h1";
        List<Person> adults = List.of(new Person(Sex.F, 45));
        Set<String> languages = Set.of("en");
        boolean hasPets;
        DbsLevel dbs = DbsLevel.ENHANCED_WITH_BARRED_LIST;

        HostBuilder id(String value) { id = value; return this; }
        HostBuilder adults(Person... value) { adults = List.of(value); return this; }
        HostBuilder languages(String... value) { languages = Set.of(value); return this; }
        HostBuilder pets() { hasPets = true; return this; }
        HostBuilder dbs(DbsLevel value) { dbs = value; return this; }

        HostFact build() {
            return new HostFact(id, adults, List.of(), languages, hasPets, dbs);
        }
    }

    static final class OfferBuilder {
        String id = "o1";
        HostFact host = Fixtures.host().build();
        OfferType type = OfferType.ROOM_IN_HOME;
        double lat = 53.80;
        double lon = -1.55;
        int bedrooms = 2;
        int maxGuests = 2;
        StepFree stepFree = StepFree.ALL;
        boolean wheelchairBathroom = true;
        boolean groundFloor = true;
        boolean pets = true;
        boolean childrenWelcome = true;
        boolean womenOnly;
        boolean lgbtqi = true;
        boolean smoking = true;
        LocalDate from = DAY;
        LocalDate until;

        OfferBuilder id(String value) { id = value; return this; }
        OfferBuilder host(HostFact value) { host = value; return this; }
        OfferBuilder type(OfferType value) { type = value; return this; }
        OfferBuilder at(double latitude, double longitude) { lat = latitude; lon = longitude; return this; }
        OfferBuilder bedrooms(int value) { bedrooms = value; return this; }
        OfferBuilder maxGuests(int value) { maxGuests = value; return this; }
        OfferBuilder stepFree(StepFree value) { stepFree = value; return this; }
        OfferBuilder wheelchairBathroom(boolean value) { wheelchairBathroom = value; return this; }
        OfferBuilder groundFloor(boolean value) { groundFloor = value; return this; }
        OfferBuilder pets(boolean value) { pets = value; return this; }
        OfferBuilder childrenWelcome(boolean value) { childrenWelcome = value; return this; }
        OfferBuilder womenOnly(boolean value) { womenOnly = value; return this; }
        OfferBuilder lgbtqi(boolean value) { lgbtqi = value; return this; }
        OfferBuilder smoking(boolean value) { smoking = value; return this; }
        OfferBuilder from(LocalDate value) { from = value; return this; }
        OfferBuilder until(LocalDate value) { until = value; return this; }

        OfferFact build() {
            return new OfferFact(id, host, type, lat, lon, bedrooms, maxGuests, stepFree, wheelchairBathroom,
                    groundFloor, pets, childrenWelcome, womenOnly, lgbtqi, smoking, from, until);
        }
    }

    static final class FamilyBuilder {
        String id = "f1";
        List<Member> members = List.of(lead(Sex.F, 34), child(Sex.M, 6));
        Set<String> languages = Set.of("en");
        boolean needsStepFree;
        boolean needsGroundFloor;
        boolean hasPets;
        boolean petAllergy;
        boolean smoker;
        boolean needsLgbtqi;
        Urgency urgency = Urgency.NORMAL;
        LocalDate neededFrom = DAY;
        int expectedStayMonths = 12;
        Double lat;
        Double lon;
        Integer maxDistanceKm;
        Set<String> linked = Set.of();

        FamilyBuilder id(String value) { id = value; return this; }
        FamilyBuilder members(Member... value) { members = List.of(value); return this; }
        FamilyBuilder adults(Sex... sexes) {
            List<Member> list = new ArrayList<>();
            for (Sex sex : sexes) {
                list.add(list.isEmpty() ? lead(sex, 40) : relative(sex, 40));
            }
            members = list;
            return this;
        }
        FamilyBuilder languages(String... value) { languages = Set.of(value); return this; }
        FamilyBuilder needsStepFree() { needsStepFree = true; return this; }
        FamilyBuilder needsGroundFloor() { needsGroundFloor = true; return this; }
        FamilyBuilder pets() { hasPets = true; return this; }
        FamilyBuilder petAllergy() { petAllergy = true; return this; }
        FamilyBuilder smoker() { smoker = true; return this; }
        FamilyBuilder needsLgbtqi() { needsLgbtqi = true; return this; }
        FamilyBuilder urgency(Urgency value) { urgency = value; return this; }
        FamilyBuilder neededFrom(LocalDate value) { neededFrom = value; return this; }
        FamilyBuilder stay(int months) { expectedStayMonths = months; return this; }
        FamilyBuilder at(double latitude, double longitude) { lat = latitude; lon = longitude; return this; }
        FamilyBuilder maxDistanceKm(int value) { maxDistanceKm = value; return this; }
        FamilyBuilder linked(String... ids) { linked = Set.of(ids); return this; }

        FamilyFact build() {
            return new FamilyFact(id, members, languages,
                    new Needs(needsStepFree, needsGroundFloor, hasPets, petAllergy, smoker, needsLgbtqi),
                    urgency, neededFrom, expectedStayMonths, lat, lon, maxDistanceKm, linked);
        }
    }
}
