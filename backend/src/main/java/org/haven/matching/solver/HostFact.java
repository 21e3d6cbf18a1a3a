package org.haven.matching.solver;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.haven.host.DbsLevel;
import org.haven.shared.Sex;

/**
 * A host household as the rules see it; equal by id so joins stay cheap. Whether an adult woman
 * lives there (H11) is worked out once here, not for every pair the candidate lists check.
 */
public record HostFact(String id, List<Person> adults, List<Person> children, Set<String> languages,
                       boolean hasPets, DbsLevel dbsLevel, boolean hasAdultWoman) {

    public record Person(Sex sex, int age) {
    }

    public HostFact(String id, List<Person> adults, List<Person> children, Set<String> languages, boolean hasPets,
                    DbsLevel dbsLevel) {
        this(id, adults, children, languages, hasPets, dbsLevel,
                adults.stream().anyMatch(adult -> adult.sex() == Sex.F));
    }

    public HostFact {
        adults = List.copyOf(adults);
        children = List.copyOf(children);
        languages = Set.copyOf(languages);
        if (hasAdultWoman != adults.stream().anyMatch(adult -> adult.sex() == Sex.F)) {
            throw new IllegalArgumentException("hasAdultWoman must follow from the adults");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostFact host && host.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }
}
