package org.haven.host;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a host stands in vetting. Only {@code APPROVED} hosts' offers enter matching;
 * {@code REJECTED} and {@code WITHDRAWN} are final. These are the only rules of the moves: the
 * caseworker's screen is told {@link #next()} rather than knowing them itself.
 */
public enum VettingStatus {
    APPLIED,
    CHECKS_IN_PROGRESS,
    APPROVED,
    PAUSED,
    REJECTED,
    WITHDRAWN;

    /**
     * The statuses a caseworker may move a host to from this one. {@code APPLIED} may go straight
     * to {@code APPROVED} when every check is recorded in the same save: the host passes through
     * {@link #CHECKS_IN_PROGRESS} on the way (see {@link #path}).
     */
    public Set<VettingStatus> next() {
        return switch (this) {
            case APPLIED -> EnumSet.of(CHECKS_IN_PROGRESS, APPROVED, REJECTED, WITHDRAWN);
            case CHECKS_IN_PROGRESS -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case APPROVED -> EnumSet.of(PAUSED, REJECTED, WITHDRAWN);
            case PAUSED -> EnumSet.of(APPROVED, REJECTED, WITHDRAWN);
            case REJECTED, WITHDRAWN -> EnumSet.noneOf(VettingStatus.class);
        };
    }

    public boolean canMoveTo(VettingStatus target) {
        return target == this || next().contains(target);
    }

    /**
     * The steps from this status to {@code target}, each one recorded in the host's history: an
     * approval straight from {@code APPLIED} is two, through {@code CHECKS_IN_PROGRESS}, so the
     * history reads as it always has. Call only when {@link #canMoveTo} allows the move.
     */
    public List<VettingStatus> path(VettingStatus target) {
        if (this == APPLIED && target == APPROVED) {
            return List.of(CHECKS_IN_PROGRESS, APPROVED);
        }
        return target == this ? List.of() : List.of(target);
    }
}
