package org.haven.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.haven.family.FamilyPlacements.HostFacingSummary;

/** The JSON of placements (docs/api.md). */
final class PlacementDtos {

    static final int REASON_LENGTH = 2000;

    private PlacementDtos() {
    }

    record ApproveRequest(@Size(max = REASON_LENGTH) String overrideReason) {
    }

    record ReasonRequest(@NotBlank @Size(max = REASON_LENGTH) String reason) {
    }

    record MoveInRequest(@NotNull LocalDate date) {
    }

    record CheckInRequest(@NotNull LocalDate date, @Size(max = 8000) String note, @NotNull Wellbeing wellbeing) {
    }

    record EndRequest(@NotNull LocalDate date, @NotNull EndReason reason, @Size(max = REASON_LENGTH) String note,
                      Boolean rematch) {
    }

    record CheckInResponse(UUID id, LocalDate date, Wellbeing wellbeing, String note, Instant recordedAt) {
    }

    /** Override: the rules among H10–H12 the approval overrode and the caseworker's reason. */
    record Override(List<String> rules, String reason) {
    }

    /** What caseworkers see. {@code answerDueAt}: when an unanswered offer expires. */
    record PlacementResponse(UUID id, UUID proposalId, UUID familyId, String familyReference, UUID offerId,
                             String offerTitle, String offerPlace, UUID hostId, PlacementStatus status,
                             Instant approvedAt, UUID approvedBy, Override override, Instant answerDueAt,
                             Instant remindedAt, Instant answeredAt, String declineReason, Instant confirmedAt,
                             LocalDate moveInDate, LocalDate nextCheckInDue, boolean checkInOverdue,
                             List<CheckInResponse> checkIns, LocalDate endedOn, EndReason endReason, String endNote,
                             Boolean rematch, Instant updatedAt) {
    }

    /** What a host sees: their offer, the family's minimal summary, and what is asked of them. */
    record HostPlacementResponse(UUID id, PlacementStatus status, UUID offerId, String offerTitle,
                                 HostFacingSummary family, Instant offeredAt, Instant answerDueAt,
                                 LocalDate moveInDate, LocalDate endedOn) {
    }
}
