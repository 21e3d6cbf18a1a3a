package org.haven.family;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code INTAKE_PENDING} (link sent) → {@code TRIAGE} (details in, to review) → {@code READY}
 * (enters matching) → {@code MATCHED} → {@code PLACED} → {@code CLOSED}; {@code REMATCH} sends a
 * placed family back towards {@code READY}. {@code MATCHED} and {@code PLACED} follow placements.
 */
public enum FamilyStatus {
    INTAKE_PENDING,
    TRIAGE,
    READY,
    MATCHED,
    PLACED,
    REMATCH,
    CLOSED;

    /** The moves a caseworker makes directly (placements make the others). */
    public Set<FamilyStatus> caseworkerMoves() {
        return switch (this) {
            case INTAKE_PENDING -> EnumSet.of(TRIAGE, CLOSED);
            case TRIAGE -> EnumSet.of(READY, CLOSED);
            case READY -> EnumSet.of(TRIAGE, CLOSED);
            case REMATCH -> EnumSet.of(READY, TRIAGE, CLOSED);
            case MATCHED, PLACED, CLOSED -> EnumSet.noneOf(FamilyStatus.class);
        };
    }

    /** Whether the family's details may still be edited by a caseworker. */
    boolean isEditable() {
        return this != CLOSED;
    }
}
