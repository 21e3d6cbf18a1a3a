package org.haven.family;

public enum Urgency {
    CRITICAL,
    HIGH,
    NORMAL
}
