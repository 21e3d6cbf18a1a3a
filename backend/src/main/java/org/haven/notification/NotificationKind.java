package org.haven.notification;

/** What a notification asks its reader to do (or, for a few, tells them). */
public enum NotificationKind {
    /** A family sent its intake form: the case waits in triage. */
    FAMILY_INTAKE_SUBMITTED,
    /** To a host: a caseworker proposes a family for their offer; accept or decline. */
    PLACEMENT_OFFERED,
    /** To a host: they have not answered yet. */
    PLACEMENT_REMINDER,
    /** To the approving caseworker: the host accepted; ask the family to confirm. */
    PLACEMENT_ACCEPTED,
    /** To the approving caseworker: the host declined; the family waits again. */
    PLACEMENT_DECLINED,
    /** To the host and the caseworker: no answer in time; the offer lapsed. */
    PLACEMENT_EXPIRED,
    /** To the host: the family agreed; a move-in date follows. */
    PLACEMENT_CONFIRMED,
    /** To the host: the move-in is recorded. */
    PLACEMENT_MOVED_IN,
    /** To the host: the placement has ended. */
    PLACEMENT_ENDED
}
