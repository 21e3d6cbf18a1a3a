package org.haven.host;

/** Whether a guest can get from the street to the bedroom without steps. */
public enum StepFree {
    ALL,
    SOME,
    NONE,
    UNKNOWN
}
