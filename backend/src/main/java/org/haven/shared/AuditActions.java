package org.haven.shared;

import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The audit actions one module records ({@link AuditableEvent#action()}), listed where the module's
 * events are, so that the audit log knows every action the server can emit: the admin API lists
 * them as the {@code action} field's enum (docs/api.md), the SPA has a label for each in every
 * language (a test fails when one is missing), and the audit log refuses, in tests, an action no
 * module listed. Each module implements it as a bean.
 */
public interface AuditActions {

    Set<String> auditActions();

    /** One action per constant of an enum, for actions built from one ("FAMILY_STATUS_" + status). */
    static <E extends Enum<E>> Set<String> perConstant(Class<E> values, Function<E, String> action) {
        return Stream.of(values.getEnumConstants()).map(action).collect(Collectors.toSet());
    }
}
