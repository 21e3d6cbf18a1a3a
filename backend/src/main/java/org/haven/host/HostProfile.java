package org.haven.host;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A host: their household as matching needs it and where their vetting stands. The id is the
 * host's account id.
 */
@Entity
@Table(name = "host_profile")
public class HostProfile {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private VettingStatus status;

    @ElementCollection
    @CollectionTable(name = "host_household_member", joinColumns = @JoinColumn(name = "host_id"))
    @OrderColumn(name = "position")
    private List<HouseholdMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "host_language", joinColumns = @JoinColumn(name = "host_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false, length = 2)
    private List<String> languages = new ArrayList<>();

    @Column(name = "has_pets", nullable = false)
    private boolean hasPets;

    @ElementCollection
    @CollectionTable(name = "host_pet_kind", joinColumns = @JoinColumn(name = "host_id"))
    @OrderColumn(name = "position")
    @Column(name = "kind", nullable = false, length = 40)
    private List<String> petKinds = new ArrayList<>();

    @Column(nullable = false)
    private boolean smokers;

    @Column(name = "identity_verified", nullable = false)
    private boolean identityVerified;

    @Column(name = "home_visit_date")
    private LocalDate homeVisitDate;

    @Column(name = "home_visit_by", length = 100)
    private String homeVisitBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "home_visit_outcome", length = 20)
    private HomeVisitOutcome homeVisitOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "dbs_level", nullable = false, length = 30)
    private DbsLevel dbsLevel;

    @Column(name = "dbs_date")
    private LocalDate dbsDate;

    @Column(name = "references_received", nullable = false)
    private boolean referencesReceived;

    @Column(name = "training_done", nullable = false)
    private boolean trainingDone;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected HostProfile() {
    }

    HostProfile(UUID accountId, Instant now) {
        this.id = accountId;
        this.status = VettingStatus.APPLIED;
        this.dbsLevel = DbsLevel.NONE;
        this.appliedAt = now;
        this.updatedAt = now;
    }

    void replaceHousehold(List<HouseholdMember> newMembers, List<String> newLanguages, boolean newHasPets,
            List<String> newPetKinds, boolean newSmokers, Instant now) {
        members.clear();
        members.addAll(newMembers);
        languages.clear();
        languages.addAll(newLanguages);
        petKinds.clear();
        petKinds.addAll(newPetKinds);
        hasPets = newHasPets;
        smokers = newSmokers;
        updatedAt = now;
    }

    /** Records the checks as the caseworker sees them now; the status is changed separately. */
    void recordChecks(VettingChecks checks, Instant now) {
        identityVerified = checks.identityVerified();
        homeVisitDate = checks.homeVisitDate();
        homeVisitBy = checks.homeVisitBy();
        homeVisitOutcome = checks.homeVisitOutcome();
        dbsLevel = checks.dbsLevel();
        dbsDate = checks.dbsDate();
        referencesReceived = checks.referencesReceived();
        trainingDone = checks.trainingDone();
        updatedAt = now;
    }

    void moveTo(VettingStatus target, Instant now) {
        status = target;
        updatedAt = now;
    }

    VettingChecks checks() {
        return new VettingChecks(identityVerified, homeVisitDate, homeVisitBy, homeVisitOutcome, dbsLevel, dbsDate,
                referencesReceived, trainingDone);
    }

    public UUID getId() {
        return id;
    }

    public VettingStatus getStatus() {
        return status;
    }

    /** Whether anyone has described the household yet (a new host's profile starts empty). */
    boolean hasHousehold() {
        return !members.isEmpty();
    }

    public List<HouseholdMember> getAdults() {
        return members.stream().filter(member -> member.kind() == HouseholdMember.Kind.ADULT).toList();
    }

    public List<HouseholdMember> getChildren() {
        return members.stream().filter(member -> member.kind() == HouseholdMember.Kind.CHILD).toList();
    }

    public List<String> getLanguages() {
        return List.copyOf(languages);
    }

    public boolean isHasPets() {
        return hasPets;
    }

    public List<String> getPetKinds() {
        return List.copyOf(petKinds);
    }

    public boolean isSmokers() {
        return smokers;
    }

    public DbsLevel getDbsLevel() {
        return dbsLevel;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
