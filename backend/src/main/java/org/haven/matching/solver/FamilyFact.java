package org.haven.matching.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.haven.family.BedroomStandard;
import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.shared.Sex;

/**
 * A family as the rules see it. The values every constraint asks about (size, bedrooms, the
 * safeguarding shapes) are worked out once here, not on every move the solver scores.
 */
public final class FamilyFact {

    public record Member(int age, Sex sex, Relationship relationship, boolean wheelchairUser) {

        public boolean adult() {
            return age >= ADULT_AGE;
        }
    }

    /** The needs flags of the instance format, one per hard rule that reads them. */
    public record Needs(boolean needsStepFree, boolean needsGroundFloorBedroom, boolean hasPets,
                        boolean petAllergy, boolean smoker, boolean needsLgbtqiAffirming) {

        public static final Needs NONE = new Needs(false, false, false, false, false, false);
    }

    static final int ADULT_AGE = 18;
    private static final int WOMEN_ONLY_MALE_AGE = 16;

    private final String id;
    private final List<Member> members;
    private final Set<String> languages;
    private final Needs needs;
    private final Urgency urgency;
    private final LocalDate neededFrom;
    private final int expectedStayMonths;
    private final Double lat;
    private final Double lon;
    private final Integer maxDistanceKm;
    private final Set<String> linkedFamilyIds;
    /** The offer of the family's undecided proposal from the previous run (S7), or null. */
    private final String previousOfferId;

    /** {@link #neededFrom} as an epoch day, for the pair rules' arithmetic ({@link PairFacts}). */
    private final long neededFromDay;
    private final int size;
    private final int bedroomsNeeded;
    private final boolean hasChild;
    private final boolean adultsAllFemale;
    private final boolean anyWheelchairUser;
    private final boolean hasMaleAged16Plus;

    public FamilyFact(String id, List<Member> members, Set<String> languages, Needs needs, Urgency urgency,
                      LocalDate neededFrom, int expectedStayMonths, Double lat, Double lon,
                      Integer maxDistanceKm, Set<String> linkedFamilyIds) {
        this(id, members, languages, needs, urgency, neededFrom, expectedStayMonths, lat, lon, maxDistanceKm,
                linkedFamilyIds, null);
    }

    public FamilyFact(String id, List<Member> members, Set<String> languages, Needs needs, Urgency urgency,
                      LocalDate neededFrom, int expectedStayMonths, Double lat, Double lon,
                      Integer maxDistanceKm, Set<String> linkedFamilyIds, String previousOfferId) {
        this.id = id;
        this.members = List.copyOf(members);
        this.languages = Set.copyOf(languages);
        this.needs = needs;
        this.urgency = urgency;
        this.neededFrom = neededFrom;
        this.expectedStayMonths = expectedStayMonths;
        this.lat = lat;
        this.lon = lon;
        this.maxDistanceKm = maxDistanceKm;
        this.linkedFamilyIds = Set.copyOf(linkedFamilyIds);
        this.previousOfferId = previousOfferId;

        this.neededFromDay = neededFrom.toEpochDay();
        this.size = this.members.size();
        this.bedroomsNeeded = BedroomStandard.bedroomsNeeded(this.members.stream()
                .map(member -> new BedroomStandard.Sleeper(member.age(), member.sex(),
                        member.relationship() == Relationship.LEAD || member.relationship() == Relationship.PARTNER))
                .toList());
        this.hasChild = this.members.stream().anyMatch(member -> !member.adult());
        // As written in H11: "every adult is F" (a family with no adult counts as all-female).
        this.adultsAllFemale = this.members.stream().filter(Member::adult).allMatch(member -> member.sex() == Sex.F);
        this.anyWheelchairUser = this.members.stream().anyMatch(Member::wheelchairUser);
        this.hasMaleAged16Plus = this.members.stream()
                .anyMatch(member -> member.sex() == Sex.M && member.age() >= WOMEN_ONLY_MALE_AGE);
    }

    public String id() {
        return id;
    }

    public List<Member> members() {
        return members;
    }

    public Set<String> languages() {
        return languages;
    }

    public Needs needs() {
        return needs;
    }

    public Urgency urgency() {
        return urgency;
    }

    public LocalDate neededFrom() {
        return neededFrom;
    }

    long neededFromDay() {
        return neededFromDay;
    }

    public int expectedStayMonths() {
        return expectedStayMonths;
    }

    public Double lat() {
        return lat;
    }

    public Double lon() {
        return lon;
    }

    public boolean hasLocation() {
        return lat != null && lon != null;
    }

    public Integer maxDistanceKm() {
        return maxDistanceKm;
    }

    public Set<String> linkedFamilyIds() {
        return linkedFamilyIds;
    }

    public String previousOfferId() {
        return previousOfferId;
    }

    /** The same family holding an undecided proposal of {@code offerId} from the previous run. */
    public FamilyFact withPreviousOffer(String offerId) {
        return new FamilyFact(id, members, languages, needs, urgency, neededFrom, expectedStayMonths, lat, lon,
                maxDistanceKm, linkedFamilyIds, offerId);
    }

    public boolean isLinkedTo(FamilyFact other) {
        return linkedFamilyIds.contains(other.id) || other.linkedFamilyIds.contains(id);
    }

    public int size() {
        return size;
    }

    public int bedroomsNeeded() {
        return bedroomsNeeded;
    }

    public boolean hasChild() {
        return hasChild;
    }

    public boolean adultsAllFemale() {
        return adultsAllFemale;
    }

    public boolean anyWheelchairUser() {
        return anyWheelchairUser;
    }

    public boolean hasMaleAged16Plus() {
        return hasMaleAged16Plus;
    }

    // Equal by id: the solver hashes families in joins; two facts with one id are one family.
    @Override
    public boolean equals(Object other) {
        return other instanceof FamilyFact family && family.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
