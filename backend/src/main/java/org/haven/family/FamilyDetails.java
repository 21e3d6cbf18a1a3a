package org.haven.family;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The validated facts of a case, whoever supplied them (a caseworker or the family). */
record FamilyDetails(Urgency urgency, List<FamilyMember> members, List<String> languages, boolean needsStepFree,
        boolean needsGroundFloorBedroom, boolean hasPets, boolean petAllergy, boolean smoker,
        boolean needsLgbtqiAffirming, String preferredPostcode, String preferredPlace, Integer maxDistanceKm,
        String locationTies, List<UUID> linkedFamilyIds, LocalDate neededFrom, Integer expectedStayMonths,
        String nationality, String religion, String contactPhone, String contactEmail, String notes) {
}
