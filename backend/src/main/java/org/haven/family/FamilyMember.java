package org.haven.family;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.haven.shared.Sex;
import org.haven.shared.crypto.EncryptedBooleanConverter;
import org.haven.shared.crypto.EncryptedStringConverter;
import org.haven.shared.crypto.SearchKey;
import org.haven.shared.crypto.SearchKeyConverter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person of a family. Age and sex may be unknown until the family has filled in the intake
 * form; a case becomes READY only when they are known.
 */
@Embeddable
public class FamilyMember {

    /** docs/matching.md: an adult is 18 or older. */
    static final int ADULT_AGE = 18;

    /** Encrypted at rest; found by search through its search key (whole name, any case). */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "first_name", nullable = false, length = 400)
    private String firstName;

    @Convert(converter = SearchKeyConverter.class)
    @Column(name = "first_name_key", nullable = false, length = 64)
    private SearchKey firstNameKey;

    private Integer age;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 1)
    private Sex sex;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relationship relationship;

    /** Health data: encrypted at rest. */
    @Convert(converter = EncryptedBooleanConverter.class)
    @Column(name = "wheelchair_user", nullable = false, length = 100)
    private Boolean wheelchairUser;

    protected FamilyMember() {
    }

    FamilyMember(String firstName, Integer age, Sex sex, Relationship relationship, boolean wheelchairUser) {
        this.firstName = firstName;
        this.firstNameKey = SearchKey.of(firstName);
        this.age = age;
        this.sex = sex;
        this.relationship = relationship;
        this.wheelchairUser = wheelchairUser;
    }

    public String getFirstName() {
        return firstName;
    }

    public Integer getAge() {
        return age;
    }

    public Sex getSex() {
        return sex;
    }

    public Relationship getRelationship() {
        return relationship;
    }

    public boolean isWheelchairUser() {
        return Boolean.TRUE.equals(wheelchairUser);
    }

    boolean isAdult() {
        return age != null && age >= ADULT_AGE;
    }

    boolean isComplete() {
        return age != null && sex != null;
    }
}
