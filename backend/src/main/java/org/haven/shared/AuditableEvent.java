package org.haven.shared;

import java.util.Map;
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

    /**
     * What changed, for events that change a record: typically {@code before} and {@code after}
     * maps of the changed settings (a role, a status, a weight). Stored as JSON beside the event
     * and shown in the audit log. Values are strings, numbers, booleans or nested maps; never
     * personal data or secrets. Empty for events that need no more than their action.
     */
    default Map<String, Object> details() {
        return Map.of();
    }

    /**
     * Whether the audit log also records the address the request came from (as
     * {@code sourceAddress} in the details): for failed sign-ins, so that an attack on accounts
     * can be traced and blocked. An address is personal data: only events that need it say so.
     */
    default boolean recordsSourceAddress() {
        return false;
    }
}
