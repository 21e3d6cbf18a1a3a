package org.haven.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Account emails by id and back, for modules that must not depend on the account module: the
 * audit log names actors by email and lets an admin search by one, yet may depend on nothing but
 * {@code shared}. The account module implements it.
 */
public interface AccountEmails {

    /** The id of the account with this email (any case, surrounding spaces ignored), if there is one. */
    Optional<UUID> idOf(String email);

    /** The email of every given id that is an account; ids of other records are left out. */
    Map<UUID, String> emailsOf(Collection<UUID> ids);
}
