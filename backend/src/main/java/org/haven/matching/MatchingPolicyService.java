package org.haven.matching;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.haven.family.Urgency;
import org.haven.matching.MatchingEvents.PolicyChanged;
import org.haven.matching.MatchingPolicyDtos.PolicyBody;
import org.haven.matching.MatchingPolicyDtos.UrgencyWeights;
import org.haven.matching.MatchingPolicyDtos.Weights;
import org.haven.matching.solver.Policy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and replaces the matching policy; the next run uses what is stored when it starts. */
@Service
class MatchingPolicyService {

    private final MatchingPolicySettingsRepository settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MatchingPolicyService(MatchingPolicySettingsRepository settings, ApplicationEventPublisher events, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Policy current() {
        return stored().toPolicy();
    }

    @Transactional(readOnly = true)
    public PolicyBody read() {
        return body(current());
    }

    @Transactional
    public PolicyBody replace(PolicyBody body, UUID actorId) {
        MatchingPolicySettings stored = stored();
        Policy before = stored.toPolicy();
        Policy after = policy(body);
        stored.apply(after, actorId, clock.instant());
        Map<String, Object> was = describe(before);
        Map<String, Object> now = describe(after);
        // Only what changed, as the audit log shows for every other settings change.
        was.keySet().removeIf(key -> was.get(key).equals(now.get(key)));
        now.keySet().retainAll(was.keySet());
        if (!was.isEmpty()) {
            events.publishEvent(new PolicyChanged(actorId, was, now));
        }
        return body(after);
    }

    private MatchingPolicySettings stored() {
        return settings.findById(MatchingPolicySettings.ID)
                .orElseThrow(() -> new IllegalStateException("The matching policy row is missing (migration V5)"));
    }

    static PolicyBody body(Policy policy) {
        return new PolicyBody(policy.arrivalWindowDays(), policy.minimumStayMonths(),
                new UrgencyWeights(policy.urgencyWeight(Urgency.CRITICAL), policy.urgencyWeight(Urgency.HIGH),
                        policy.urgencyWeight(Urgency.NORMAL)),
                new Weights(policy.distanceWeight(), policy.spareBedsWeight(), policy.noSharedLanguageWeight(),
                        policy.shortStayWeight(), policy.waitForRoomWeight(), policy.linkedApartWeight(),
                        policy.keepProposalWeight()));
    }

    static Policy policy(PolicyBody body) {
        UrgencyWeights urgency = body.urgencyWeights();
        Weights weights = body.weights();
        return new Policy(body.arrivalWindowDays(), body.minimumStayMonths(),
                Map.of(Urgency.CRITICAL, urgency.critical(), Urgency.HIGH, urgency.high(),
                        Urgency.NORMAL, urgency.normal()),
                weights.distance(), weights.spareBeds(), weights.noSharedLanguage(), weights.shortStay(),
                weights.waitForRoom(), weights.linkedApart(), weights.keepProposal());
    }

    /** Every value by its name in the policy object, so the audit log can show before and after. */
    static Map<String, Object> describe(Policy policy) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("arrivalWindowDays", policy.arrivalWindowDays());
        values.put("minimumStayMonths", policy.minimumStayMonths());
        for (Urgency urgency : Urgency.values()) {
            values.put("urgencyWeights." + urgency.name(), policy.urgencyWeight(urgency));
        }
        values.put("weights.distance", policy.distanceWeight());
        values.put("weights.spareBeds", policy.spareBedsWeight());
        values.put("weights.noSharedLanguage", policy.noSharedLanguageWeight());
        values.put("weights.shortStay", policy.shortStayWeight());
        values.put("weights.waitForRoom", policy.waitForRoomWeight());
        values.put("weights.linkedApart", policy.linkedApartWeight());
        values.put("weights.keepProposal", policy.keepProposalWeight());
        return values;
    }
}
