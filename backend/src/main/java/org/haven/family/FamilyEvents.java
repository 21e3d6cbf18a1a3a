package org.haven.family;

import java.util.UUID;

import org.haven.shared.AuditableEvent;

/** What happens to family cases; every one of them is audited. Ids only, never personal data. */
public final class FamilyEvents {

    static final String FAMILY = "FAMILY";

    private FamilyEvents() {
    }

    /** Anything done to a case: {@code action} says what (FAMILY_READ, FAMILY_UPDATED, ...). */
    public record FamilyCaseEvent(UUID familyId, UUID actorId, String action) implements AuditableEvent {

        @Override
        public String subjectType() {
            return FAMILY;
        }

        @Override
        public UUID subjectId() {
            return familyId;
        }
    }

    /**
     * A family submitted its intake form: the case waits in triage. {@code caseworkerId} sent the
     * link and is told; {@code reference} is the case's reference code, never a name.
     */
    public record IntakeSubmitted(UUID familyId, String reference, UUID caseworkerId) implements AuditableEvent {

        @Override
        public UUID actorId() {
            return null;
        }

        @Override
        public String action() {
            return "FAMILY_INTAKE_SUBMITTED";
        }

        @Override
        public String subjectType() {
            return FAMILY;
        }

        @Override
        public UUID subjectId() {
            return familyId;
        }
    }
}
