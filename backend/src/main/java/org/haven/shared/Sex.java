package org.haven.shared;

/** As the matching page defines it: {@code F}, {@code M}, or {@code X} (other or not given). */
public enum Sex {
    F,
    M,
    X
}
