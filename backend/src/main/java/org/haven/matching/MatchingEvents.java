package org.haven.matching;

import java.util.Map;
import java.util.UUID;

import org.haven.shared.AuditableEvent;

/** What happens in matching; every one of them is audited. Ids only, never personal data. */
public final class MatchingEvents {

    static final String RUN = "MATCHING_RUN";
    static final String FAMILY = "FAMILY";
    static final String POLICY = "MATCHING_POLICY";
    static final String PROPOSAL = "PROPOSAL";

    private MatchingEvents() {
    }

    /** Something done to or with a run: started, stopped, finished, failed, its proposals read. */
    public record RunEvent(UUID runId, UUID actorId, String action) implements AuditableEvent {

        @Override
        public String subjectType() {
            return RUN;
        }

        @Override
        public UUID subjectId() {
            return runId;
        }
    }

    /** A decision about a proposal: approved, rejected, declined by its host, proposed by hand. */
    public record ProposalEvent(UUID proposalId, UUID actorId, String action) implements AuditableEvent {

        @Override
        public String subjectType() {
            return PROPOSAL;
        }

        @Override
        public UUID subjectId() {
            return proposalId;
        }
    }

    /** A caseworker asked why a family is unassigned: a read of that family's case, audited as such. */
    public record FamilyExplained(UUID familyId, UUID actorId) implements AuditableEvent {

        @Override
        public String action() {
            return "FAMILY_MATCHING_EXPLAINED";
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

    /** An admin replaced the policy; {@code before} and {@code after} hold every value. */
    public record PolicyChanged(UUID actorId, Map<String, Object> before, Map<String, Object> after)
            implements AuditableEvent {

        @Override
        public Map<String, Object> details() {
            return Map.of("before", before, "after", after);
        }

        @Override
        public String action() {
            return "MATCHING_POLICY_CHANGED";
        }

        @Override
        public String subjectType() {
            return POLICY;
        }

        @Override
        public UUID subjectId() {
            return null;
        }
    }
}
