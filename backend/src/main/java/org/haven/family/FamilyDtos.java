package org.haven.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.haven.shared.Sex;

/** Request and response bodies of the family and intake endpoints (see docs/api.md). */
public final class FamilyDtos {

    private FamilyDtos() {
    }

    public record Member(
            @NotBlank @Size(max = 50) String firstName,
            @Min(0) @Max(120) Integer age,
            Sex sex,
            @NotNull Relationship relationship,
            Boolean wheelchairUser) {
    }

    /** A case as a caseworker writes it. {@code version} is required on update (stale → 409). */
    public record FamilyRequest(
            @NotNull Urgency urgency,
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Member> members,
            @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
            Boolean needsStepFree,
            Boolean needsGroundFloorBedroom,
            Boolean hasPets,
            Boolean petAllergy,
            Boolean smoker,
            Boolean needsLgbtqiAffirming,
            @Size(max = 10) String preferredPostcode,
            @Size(max = 100) String preferredPlace,
            @Min(1) @Max(1000) Integer maxDistanceKm,
            @Size(max = 1000) String locationTies,
            @Size(max = 10) List<@NotNull UUID> linkedFamilyIds,
            LocalDate neededFrom,
            @Min(1) @Max(60) Integer expectedStayMonths,
            @Size(max = 100) String nationality,
            @Size(max = 100) String religion,
            @Size(max = 30) String contactPhone,
            @Email @Size(max = 254) String contactEmail,
            @Size(max = 4000) String notes,
            Long version) {
    }

    /** What the family fills in through its private link: only what matching and safety need. */
    public record IntakeRequest(
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Member> members,
            @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
            Boolean needsStepFree,
            Boolean needsGroundFloorBedroom,
            Boolean hasPets,
            Boolean petAllergy,
            Boolean smoker,
            Boolean needsLgbtqiAffirming,
            @Size(max = 10) String preferredPostcode,
            @Size(max = 100) String preferredPlace,
            @Size(max = 1000) String locationTies,
            LocalDate neededFrom,
            @Min(1) @Max(60) Integer expectedStayMonths,
            @Size(max = 30) String contactPhone,
            @Email @Size(max = 254) String contactEmail) {
    }

    public record FamilyResponse(UUID id, String reference, FamilyStatus status, Urgency urgency, List<Member> members,
            List<String> languages, boolean needsStepFree, boolean needsGroundFloorBedroom, boolean hasPets,
            boolean petAllergy, boolean smoker, boolean needsLgbtqiAffirming, String preferredPostcode,
            String preferredPlace, Double lat, Double lon, String locationLabel, Integer maxDistanceKm,
            String locationTies, List<UUID> linkedFamilyIds, LocalDate neededFrom, Integer expectedStayMonths,
            String nationality, String religion, String contactPhone, String contactEmail, String notes, int size,
            int bedroomsNeeded, boolean adultsAllWomen, Instant createdAt, Instant updatedAt, Instant readyAt,
            Integer waitingDays, Long version, List<FamilyStatus> nextStatuses) {
    }

    public record FamilySummary(UUID id, String reference, String leadFirstName, FamilyStatus status, Urgency urgency,
            int size, int bedroomsNeeded, LocalDate neededFrom, String locationLabel, Integer waitingDays,
            Instant createdAt) {
    }

    public record StatusRequest(@NotNull FamilyStatus status) {
    }

    public record IntakeLinkResponse(String url, Instant expiresAt) {
    }

    /** The intake form as the family sees it: their answers so far, no caseworker data. */
    public record IntakeForm(String reference, Instant expiresAt, List<Member> members, List<String> languages,
            boolean needsStepFree, boolean needsGroundFloorBedroom, boolean hasPets, boolean petAllergy,
            boolean smoker, boolean needsLgbtqiAffirming, String preferredPostcode, String preferredPlace,
            String locationTies, LocalDate neededFrom, Integer expectedStayMonths, String contactPhone,
            String contactEmail) {
    }

    /**
     * One line of a case's history. {@code count}: how many times this person did it that day (reads
     * are grouped, see CaseHistory; {@code at} is then the latest); 1 for a change.
     */
    public record CaseHistoryEntry(Instant at, String by, String action, int count) {
    }
}
