package org.haven.host;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a host stands in vetting. Only {@code APPROVED} hosts' offers enter matching;
 * {@code REJECTED} and {@code WITHDRAWN} are final.
 */
public enum VettingStatus {
    APPLIED,
    CHECKS_IN_PROGRESS,
    APPROVED,
    PAUSED,
    REJECTED,
    WITHDRAWN;

    /** The statuses a caseworker may move a host to from this one. */
    public Set<VettingStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(CHECKS_IN_PROGRESS, REJECTED, WITHDRAWN);
            case CHECKS_IN_PROGRESS -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(PAUSED, REJECTED, WITHDRAWN);
            case PAUSED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case REJECTED, WITHDRAWN -> EnumSet.noneOf(VettingStatus.class);
        };
    }

    public boolean canMoveTo(VettingStatus target) {
        return target == this || next().contains(target);
    }
}
