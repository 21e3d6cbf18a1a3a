package org.haven.matching.solver;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.haven.host.DbsLevel;
import org.haven.shared.Sex;

/** A host household as the rules see it; equal by id so joins stay cheap. */
public record HostFact(String id, List<Person> adults, List<Person> children, Set<String> languages,
                       boolean hasPets, DbsLevel dbsLevel) {

    public record Person(Sex sex, int age) {
    }

    public HostFact {
        adults = List.copyOf(adults);
        children = List.copyOf(children);
        languages = Set.copyOf(languages);
    }

    public boolean hasAdultWoman() {
        return adults.stream().anyMatch(adult -> adult.sex() == Sex.F);
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
