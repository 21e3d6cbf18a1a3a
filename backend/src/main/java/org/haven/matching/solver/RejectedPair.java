package org.haven.matching.solver;

/** A pair a caseworker rejected or a host declined: never proposed again (H15). */
public record RejectedPair(String familyId, String offerId) {
}
