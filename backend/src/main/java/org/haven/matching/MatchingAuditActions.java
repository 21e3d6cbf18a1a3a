package org.haven.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.haven.matching.MatchingEvents.FamilyExplained;
import org.haven.matching.MatchingEvents.PolicyChanged;
import org.haven.shared.AuditActions;
import org.haven.shared.AuditSubjectNames;
import org.springframework.stereotype.Component;

/**
 * The audit actions of {@link MatchingEvents}, and a proposal's name in the log: its family's
 * reference. A run's name is when it started: see {@link RunNames}.
 */
@Component
class MatchingAuditActions implements AuditActions, AuditSubjectNames {

    private final ProposalRepository proposals;

    MatchingAuditActions(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public Set<String> auditActions() {
        Set<String> actions = new HashSet<>(Set.of("MATCHING_RUN_STARTED", "MATCHING_RUN_FINISHED",
                "MATCHING_RUN_STOP_REQUESTED", "MATCHING_PROPOSALS_READ", "MATCHING_PROPOSAL_READ",
                "MATCHING_UNASSIGNED_READ", "PROPOSAL_APPROVED", "PROPOSAL_REJECTED", "PROPOSAL_DECLINED_BY_HOST",
                "PROPOSAL_MADE_BY_HAND", new FamilyExplained(null, null).action(),
                new PolicyChanged(null, Map.of(), Map.of()).action()));
        // How a run ends (RunRecorder.ended), whichever status it ends with.
        actions.addAll(AuditActions.perConstant(RunStatus.class, status -> "MATCHING_RUN_" + status.name()));
        return actions;
    }

    @Override
    public String subjectType() {
        return MatchingEvents.PROPOSAL;
    }

    @Override
    public Map<UUID, String> namesOf(Collection<UUID> ids) {
        return AuditSubjectNames.byId(proposals.findFamilyReferences(ids));
    }

    /** A run's name in the log: the instant it started (ISO-8601), which the SPA writes as a date. */
    @Component
    static class RunNames implements AuditSubjectNames {

        private final MatchingRunRepository runs;

        RunNames(MatchingRunRepository runs) {
            this.runs = runs;
        }

        @Override
        public String subjectType() {
            return MatchingEvents.RUN;
        }

        @Override
        public Map<UUID, String> namesOf(Collection<UUID> ids) {
            Map<UUID, String> names = new HashMap<>();
            runs.findAllById(ids).forEach(run -> names.put(run.getId(), run.getStartedAt().toString()));
            return names;
        }
    }
}
