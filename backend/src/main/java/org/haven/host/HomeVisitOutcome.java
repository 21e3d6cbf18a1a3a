package org.haven.host;

public enum HomeVisitOutcome {
    PASSED,
    CONCERNS,
    FAILED
}
