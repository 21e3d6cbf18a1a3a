package org.haven.notification;

/** What a notification asks its reader to do; later issues add placement events. */
public enum NotificationKind {
    /** A family sent its intake form: the case waits in triage. */
    FAMILY_INTAKE_SUBMITTED
}
