package org.haven.placement;

import java.util.EnumSet;
import java.util.Set;

/**
 * {@code AWAITING_HOST → HOST_ACCEPTED → CONFIRMED → MOVED_IN → ENDED}; the host may instead
 * decline ({@code HOST_DECLINED}) or not answer in time ({@code EXPIRED}); a caseworker may end a
 * live placement at any step.
 */
public enum PlacementStatus {
    AWAITING_HOST,
    HOST_ACCEPTED,
    CONFIRMED,
    MOVED_IN,
    ENDED,
    HOST_DECLINED,
    EXPIRED;

    static final Set<PlacementStatus> LIVE = EnumSet.of(AWAITING_HOST, HOST_ACCEPTED, CONFIRMED, MOVED_IN);

    boolean isLive() {
        return LIVE.contains(this);
    }
}
