package org.haven.matching;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The policy object of docs/matching.md's instance format, as admins read and replace it. The
 * ranges keep a run meaningful: an urgency weight of 0 would make housing that family worth nothing.
 */
final class MatchingPolicyDtos {

    private MatchingPolicyDtos() {
    }

    record PolicyBody(
            @NotNull @Min(0) @Max(90) Integer arrivalWindowDays,
            @NotNull @Min(0) @Max(24) Integer minimumStayMonths,
            @NotNull @Valid UrgencyWeights urgencyWeights,
            @NotNull @Valid Weights weights) {
    }

    record UrgencyWeights(
            @JsonProperty("CRITICAL") @NotNull @Min(1) @Max(100) Integer critical,
            @JsonProperty("HIGH") @NotNull @Min(1) @Max(100) Integer high,
            @JsonProperty("NORMAL") @NotNull @Min(1) @Max(100) Integer normal) {
    }

    record Weights(
            @NotNull @Min(0) @Max(1000) Integer distance,
            @NotNull @Min(0) @Max(1000) Integer spareBeds,
            @NotNull @Min(0) @Max(1000) Integer noSharedLanguage,
            @NotNull @Min(0) @Max(1000) Integer shortStay,
            @NotNull @Min(0) @Max(1000) Integer waitForRoom,
            @NotNull @Min(0) @Max(1000) Integer linkedApart,
            @NotNull @Min(0) @Max(1000) Integer keepProposal) {
    }
}
