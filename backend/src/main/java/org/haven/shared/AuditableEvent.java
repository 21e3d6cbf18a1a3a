package org.haven.shared;

import java.util.UUID;

/**
 * An event the audit log records as it is: who acted, what they did, to which record. A module
 * publishes such events without knowing the audit module, and may read the log back through it.
 * Never put personal data in these fields.
 */
public interface AuditableEvent {

    /** The acting account, or null when nobody was signed in (a family using its intake link). */
    UUID actorId();

    String action();

    String subjectType();

    UUID subjectId();
}
