package org.haven.placement;

/** Why a placement ended (product.md); SAFEGUARDING also pauses the host. */
public enum EndReason {
    PLANNED,
    HOST_ENDED,
    FAMILY_ENDED,
    BREAKDOWN,
    SAFEGUARDING
}
