package org.haven.shared;

import java.util.UUID;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.springframework.data.domain.Persistable;

/**
 * An entity whose id Haven assigns when creating it (a random UUID) and that has no version column.
 * Spring Data's {@code save} tells a new entity by a null id or a null version; such an entity has
 * neither, so without this it would be merged, and a merge reads the row by id before inserting it:
 * one wasted query for every audit event, token, notification, check-in and vetting event written
 * (a fifth of the statements of an imported offer). New until saved or loaded.
 */
@MappedSuperclass
public abstract class AssignedIdEntity implements Persistable<UUID> {

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
