package org.haven.account;

/** What an account may do in Haven. Only hosts register themselves; admins create the others. */
public enum Role {
    HOST,
    CASEWORKER,
    ADMIN;

    /** The Spring Security authority name of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
