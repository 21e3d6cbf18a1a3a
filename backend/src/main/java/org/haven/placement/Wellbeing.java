package org.haven.placement;

/** How a placement is going, as the caseworker judged it at a check-in. */
public enum Wellbeing {
    GOOD,
    SOME_CONCERNS,
    SERIOUS_CONCERNS
}
