package org.haven.matching;

public enum RunStatus {
    SOLVING,
    DONE,
    FAILED,
    STOPPED
}
