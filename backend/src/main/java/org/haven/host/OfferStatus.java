package org.haven.host;

/**
 * {@code DRAFT → AVAILABLE → RESERVED → OCCUPIED → AVAILABLE}, or {@code WITHDRAWN}. Hosts move
 * an offer between draft and available and withdraw it; placements reserve and occupy it.
 */
public enum OfferStatus {
    DRAFT,
    AVAILABLE,
    RESERVED,
    OCCUPIED,
    WITHDRAWN;

    /** While a placement holds the offer, or once withdrawn, the host can no longer change it. */
    boolean isEditableByHost() {
        return this == DRAFT || this == AVAILABLE;
    }
}
