package org.haven.family;

/** A member's relationship to the lead member of the family. */
public enum Relationship {
    LEAD,
    PARTNER,
    CHILD,
    PARENT,
    SIBLING,
    OTHER_RELATIVE,
    UNRELATED
}
