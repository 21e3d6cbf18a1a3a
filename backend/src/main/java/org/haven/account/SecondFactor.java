package org.haven.account;

/**
 * Where a session stands with the second factor: {@code REQUIRED} (the password was right; a code
 * from the authenticator app or a recovery code comes next), {@code ENROL} (the password was right;
 * this account must set up a second factor first) or {@code DONE} (fully signed in). Until
 * {@code DONE} the session is only half signed in and reaches nothing but the sign-in steps.
 */
public enum SecondFactor {
    REQUIRED, ENROL, DONE
}
