package org.haven.matching.solver.io;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.shared.Sex;

/**
 * The instance file of docs/matching.md "Instance and solution files", field for field. Every
 * field is boxed so that an absent field is visible: {@link InstanceReader} reports a missing
 * required one by name and {@link InstanceConverter} gives an absent optional one its default.
 */
public record Instance(PolicyJson policy, List<HostJson> hosts, List<OfferJson> offers, List<FamilyJson> families,
                       List<PairJson> rejectedPairs, List<PairJson> pinned, List<PairJson> previousProposals) {

    /** An instance without previous proposals (S7 then costs nothing). */
    public Instance(PolicyJson policy, List<HostJson> hosts, List<OfferJson> offers, List<FamilyJson> families,
                    List<PairJson> rejectedPairs, List<PairJson> pinned) {
        this(policy, hosts, offers, families, rejectedPairs, pinned, null);
    }

    public record PolicyJson(Integer arrivalWindowDays, Integer minimumStayMonths,
                             Map<Urgency, Integer> urgencyWeights, WeightsJson weights) {
    }

    public record WeightsJson(Integer distance, Integer spareBeds, Integer noSharedLanguage, Integer shortStay,
                              Integer waitForRoom, Integer linkedApart, Integer keepProposal) {
    }

    public record HostJson(String id, List<PersonJson> adults, List<PersonJson> children, List<String> languages,
                           Boolean hasPets, DbsLevel dbsLevel) {
    }

    public record PersonJson(Sex sex, Integer age) {
    }

    public record OfferJson(String id, String hostId, OfferType type, Double lat, Double lon, Integer bedrooms,
                            Integer maxGuests, StepFree stepFree, Boolean wheelchairBathroom,
                            Boolean groundFloorBedroom, Boolean petsAllowed, Boolean childrenWelcome,
                            Boolean womenOnly, Boolean lgbtqiAffirming, Boolean smokingAllowed,
                            LocalDate availableFrom, LocalDate availableUntil) {
    }

    public record FamilyJson(String id, List<MemberJson> members, List<String> languages, Boolean needsStepFree,
                             Boolean needsGroundFloorBedroom, Boolean hasPets, Boolean petAllergy, Boolean smoker,
                             Boolean needsLgbtqiAffirming, Urgency urgency, LocalDate neededFrom,
                             Integer expectedStayMonths, Double lat, Double lon, Integer maxDistanceKm,
                             List<String> linkedFamilyIds) {
    }

    public record MemberJson(Integer age, Sex sex, Relationship relationship, Boolean wheelchairUser) {
    }

    /** A rejected pair, a pinned pair, a previous proposal, or an assignment of the solution file. */
    public record PairJson(String familyId, String offerId) {
    }
}
