package org.haven.matching;

/** PROPOSED until a caseworker decides; SUPERSEDED when a later run replaces an undecided one. */
public enum ProposalStatus {
    PROPOSED,
    APPROVED,
    REJECTED,
    SUPERSEDED
}
