package org.haven.host;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.haven.geo.GeoPrecision;
import org.haven.host.VettingChecks.Check;
import org.haven.shared.NoDirectionControls;
import org.haven.shared.Sex;

/** Request and response bodies of the host and vetting endpoints (see docs/api.md). */
public final class HostDtos {

    private HostDtos() {
    }

    public record Person(@NotNull Sex sex, @NotNull @Min(0) @Max(120) Integer age) {
    }

    public record Household(
            @NotNull @Size(max = 12) List<@NotNull @Valid Person> adults,
            @NotNull @Size(max = 12) List<@NotNull @Valid Person> children,
            @NotNull @Size(max = 10) List<@NotNull @Pattern(regexp = "[a-z]{2}") String> languages,
            @NotNull Boolean hasPets,
            @NotNull @Size(max = 10) List<@NotBlank @Size(max = 40) String> petKinds,
            @NotNull Boolean smokers) {
    }

    /** What a host sees of their own vetting: the outcome of each check, never the notes. */
    public record OwnVetting(VettingStatus status, boolean identityVerified, boolean homeVisitDone, boolean dbsChecked,
            boolean referencesReceived, boolean trainingDone, List<Check> pending) {
    }

    public record OfferRequest(
            @NotBlank @Size(max = 100) @NoDirectionControls String title,
            @NotNull OfferType type,
            @NotBlank @Size(max = 300) String address,
            @Size(max = 10) String postcode,
            @Size(max = 100) String place,
            @NotNull @Min(1) @Max(20) Integer bedrooms,
            @NotNull @Min(1) @Max(30) Integer maxGuests,
            @NotNull StepFree stepFree,
            @NotNull Boolean wheelchairBathroom,
            @NotNull Boolean groundFloorBedroom,
            @NotNull Boolean petsAllowed,
            @NotNull Boolean childrenWelcome,
            @NotNull Boolean womenOnly,
            @NotNull Boolean lgbtqiAffirming,
            @NotNull Boolean smokingAllowed,
            @NotNull LocalDate availableFrom,
            LocalDate availableUntil,
            @Min(0) @Max(36) Integer minimumStayMonths,
            OfferStatus status) {
    }

    public record OfferResponse(UUID id, String title, OfferType type, String address, String postcode, String place,
            double lat, double lon, String locationLabel, GeoPrecision locationPrecision, int bedrooms, int maxGuests, StepFree stepFree,
            boolean wheelchairBathroom, boolean groundFloorBedroom, boolean petsAllowed, boolean childrenWelcome,
            boolean womenOnly, boolean lgbtqiAffirming, boolean smokingAllowed, LocalDate availableFrom,
            LocalDate availableUntil, int minimumStayMonths, OfferStatus status, Instant createdAt, Instant updatedAt,
            VettingStatus hostStatus) {
    }

    public record HostSummary(UUID id, String displayName, String email, VettingStatus status, int offerCount,
            int availableOfferCount, List<String> areas, Instant appliedAt, Instant updatedAt) {
    }

    public record HistoryEntry(Instant at, String by, VettingStatus fromStatus, VettingStatus toStatus, String note) {
    }

    /** {@code nextStatuses}: where a caseworker may move the host from {@code status} (approval still needs every check). */
    public record HostDetail(UUID id, String displayName, String email, VettingStatus status,
            List<VettingStatus> nextStatuses, Instant appliedAt, Household household, List<OfferResponse> offers,
            VettingChecks vetting, List<HistoryEntry> history) {
    }

    public record VettingRequest(
            @NotNull VettingStatus status,
            @NotNull Boolean identityVerified,
            @PastOrPresent LocalDate homeVisitDate,
            @Size(max = 100) String homeVisitBy,
            HomeVisitOutcome homeVisitOutcome,
            @NotNull DbsLevel dbsLevel,
            @PastOrPresent LocalDate dbsDate,
            @NotNull Boolean referencesReceived,
            @NotNull Boolean trainingDone,
            @Size(max = 2000) String note) {
    }
}
