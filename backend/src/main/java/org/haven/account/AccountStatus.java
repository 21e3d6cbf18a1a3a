package org.haven.account;

/** Whether an account may sign in at all. A temporary lock after failed sign-ins is separate. */
public enum AccountStatus {
    ACTIVE,
    DISABLED
}
