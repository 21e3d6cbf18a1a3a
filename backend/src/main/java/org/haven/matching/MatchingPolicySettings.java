package org.haven.matching;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.family.Urgency;
import org.haven.matching.solver.Policy;

/** The one stored matching policy (docs/matching.md weights); the migration inserts the defaults. */
@Entity
@Table(name = "matching_policy")
class MatchingPolicySettings {

    static final int ID = 1;

    @Id
    private int id;

    @Column(name = "arrival_window_days", nullable = false)
    private int arrivalWindowDays;

    @Column(name = "minimum_stay_months", nullable = false)
    private int minimumStayMonths;

    @Column(name = "urgency_critical", nullable = false)
    private int urgencyCritical;

    @Column(name = "urgency_high", nullable = false)
    private int urgencyHigh;

    @Column(name = "urgency_normal", nullable = false)
    private int urgencyNormal;

    @Column(name = "weight_distance", nullable = false)
    private int distance;

    @Column(name = "weight_spare_beds", nullable = false)
    private int spareBeds;

    @Column(name = "weight_no_shared_language", nullable = false)
    private int noSharedLanguage;

    @Column(name = "weight_short_stay", nullable = false)
    private int shortStay;

    @Column(name = "weight_wait_for_room", nullable = false)
    private int waitForRoom;

    @Column(name = "weight_linked_apart", nullable = false)
    private int linkedApart;

    @Column(name = "weight_keep_proposal", nullable = false)
    private int keepProposal;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private UUID updatedBy;

    @Version
    private long version;

    protected MatchingPolicySettings() {
    }

    Policy toPolicy() {
        return new Policy(arrivalWindowDays, minimumStayMonths,
                Map.of(Urgency.CRITICAL, urgencyCritical, Urgency.HIGH, urgencyHigh, Urgency.NORMAL, urgencyNormal),
                distance, spareBeds, noSharedLanguage, shortStay, waitForRoom, linkedApart, keepProposal);
    }

    void apply(Policy policy, UUID actorId, Instant now) {
        arrivalWindowDays = policy.arrivalWindowDays();
        minimumStayMonths = policy.minimumStayMonths();
        urgencyCritical = policy.urgencyWeight(Urgency.CRITICAL);
        urgencyHigh = policy.urgencyWeight(Urgency.HIGH);
        urgencyNormal = policy.urgencyWeight(Urgency.NORMAL);
        distance = policy.distanceWeight();
        spareBeds = policy.spareBedsWeight();
        noSharedLanguage = policy.noSharedLanguageWeight();
        shortStay = policy.shortStayWeight();
        waitForRoom = policy.waitForRoomWeight();
        linkedApart = policy.linkedApartWeight();
        keepProposal = policy.keepProposalWeight();
        updatedBy = actorId;
        updatedAt = now;
    }
}
