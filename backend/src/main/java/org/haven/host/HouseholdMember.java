package org.haven.host;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.haven.shared.Sex;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One person living in the host's home; names are not needed for matching, so none are kept. */
@Embeddable
public class HouseholdMember {

    enum Kind {
        ADULT,
        CHILD
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    /** VARCHAR on both databases (Hibernate would expect CHAR(1) on PostgreSQL for a length of 1). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 1)
    private Sex sex;

    @Column(nullable = false)
    private int age;

    protected HouseholdMember() {
    }

    HouseholdMember(Kind kind, Sex sex, int age) {
        this.kind = kind;
        this.sex = sex;
        this.age = age;
    }

    Kind kind() {
        return kind;
    }

    public Sex getSex() {
        return sex;
    }

    public int getAge() {
        return age;
    }
}
