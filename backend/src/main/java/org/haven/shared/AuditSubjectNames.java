package org.haven.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the audit log calls a record besides its id, for the kinds of record one module owns: a
 * family case by its reference, an offer by its title, a matching run by when it started. Only
 * what an admin reading the log may already see, and never a family's personal data beyond its
 * reference. Each module that owns such records implements it as a bean; the audit module depends
 * on {@code shared} alone.
 */
public interface AuditSubjectNames {

    /** The subject type ({@link AuditableEvent#subjectType()}) this bean names. */
    String subjectType();

    /** The name of each given id that is a record of this type; ids it does not know are left out. */
    Map<UUID, String> namesOf(Collection<UUID> ids);

    /** A record's id and name, as a query builds it ({@code select new org.haven.shared.AuditSubjectNames$Name}). */
    record Name(UUID id, String name) {
    }

    /** Id → name, for a query's answer; a null name is left out. */
    static Map<UUID, String> byId(Collection<Name> names) {
        Map<UUID, String> byId = new HashMap<>();
        names.stream().filter(name -> name.name() != null).forEach(name -> byId.put(name.id(), name.name()));
        return byId;
    }
}
