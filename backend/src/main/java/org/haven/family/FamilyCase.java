package org.haven.family;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.shared.crypto.EncryptedBooleanConverter;
import org.haven.shared.crypto.EncryptedStringConverter;

/**
 * A family's case: who they are, what they need, where they would like to live. Special category
 * data (health needs, LGBTQI+ flag, nationality, religion), contact details, location ties and
 * notes are encrypted at rest. Field names follow matching.md's instance format.
 */
@Entity
@Table(name = "family_case")
public class FamilyCase {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    /** What the text search matches the reference by (see ReferenceSearch); set with it, never changed. */
    @Column(name = "reference_key", nullable = false, length = 20, updatable = false)
    private String referenceKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FamilyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Urgency urgency;

    @ElementCollection
    @CollectionTable(name = "family_member", joinColumns = @JoinColumn(name = "family_id"))
    @OrderColumn(name = "position")
    private List<FamilyMember> members = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "family_language", joinColumns = @JoinColumn(name = "family_id"))
    @OrderColumn(name = "position")
    @Column(name = "code", nullable = false, length = 2)
    private List<String> languages = new ArrayList<>();

    @Convert(converter = EncryptedBooleanConverter.class)
    @Column(name = "needs_step_free", nullable = false, length = 100)
    private Boolean needsStepFree;

    @Convert(converter = EncryptedBooleanConverter.class)
    @Column(name = "needs_ground_floor_bedroom", nullable = false, length = 100)
    private Boolean needsGroundFloorBedroom;

    @Column(name = "has_pets", nullable = false)
    private boolean hasPets;

    @Convert(converter = EncryptedBooleanConverter.class)
    @Column(name = "pet_allergy", nullable = false, length = 100)
    private Boolean petAllergy;

    @Column(nullable = false)
    private boolean smoker;

    @Convert(converter = EncryptedBooleanConverter.class)
    @Column(name = "needs_lgbtqi_affirming", nullable = false, length = 100)
    private Boolean needsLgbtqiAffirming;

    @Column(name = "preferred_postcode", length = 10)
    private String preferredPostcode;

    @Column(name = "preferred_place", length = 100)
    private String preferredPlace;

    private Double lat;

    private Double lon;

    @Column(name = "location_label", length = 120)
    private String locationLabel;

    @Column(name = "max_distance_km")
    private Integer maxDistanceKm;

    /** Relatives, a job, a school, a hospital: may reveal health, so encrypted. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "location_ties", length = 6000)
    private String locationTies;

    @ElementCollection
    @CollectionTable(name = "family_link", joinColumns = @JoinColumn(name = "family_id"))
    @Column(name = "linked_family_id", nullable = false)
    private Set<UUID> linkedFamilyIds = new LinkedHashSet<>();

    @Column(name = "needed_from")
    private LocalDate neededFrom;

    @Column(name = "expected_stay_months")
    private Integer expectedStayMonths;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(length = 600)
    private String nationality;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(length = 600)
    private String religion;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_phone", length = 400)
    private String contactPhone;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_email", length = 1400)
    private String contactEmail;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(length = 24000)
    private String notes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** When the case last became READY: the start of the wait for a home. */
    @Column(name = "ready_at")
    private Instant readyAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    /**
     * Whether matching takes this case: {@link FamilyRules#matchable} of what is stored, kept by
     * every method below that changes what the rule reads, so that queries (the dashboard, the map,
     * the statistics) filter on one indexed column instead of restating the rule. Not a JPA
     * callback: a change to the members alone need not fire the case's {@code @PreUpdate}.
     */
    @Column(nullable = false)
    private boolean matchable;

    @Version
    private Long version;

    protected FamilyCase() {
    }

    FamilyCase(String reference, Instant now) {
        this.id = UUID.randomUUID();
        this.reference = reference;
        this.referenceKey = ReferenceSearch.keyOf(reference);
        this.status = FamilyStatus.TRIAGE;
        this.createdAt = now;
    }

    void update(FamilyDetails details, FamilyLocation location, Instant now) {
        urgency = details.urgency();
        members.clear();
        members.addAll(details.members());
        languages.clear();
        languages.addAll(details.languages());
        needsStepFree = details.needsStepFree();
        needsGroundFloorBedroom = details.needsGroundFloorBedroom();
        hasPets = details.hasPets();
        petAllergy = details.petAllergy();
        smoker = details.smoker();
        needsLgbtqiAffirming = details.needsLgbtqiAffirming();
        preferredPostcode = details.preferredPostcode();
        preferredPlace = details.preferredPlace();
        lat = location == null ? null : location.lat();
        lon = location == null ? null : location.lon();
        locationLabel = location == null ? null : location.label();
        maxDistanceKm = details.maxDistanceKm();
        locationTies = details.locationTies();
        linkedFamilyIds.clear();
        linkedFamilyIds.addAll(details.linkedFamilyIds());
        neededFrom = details.neededFrom();
        expectedStayMonths = details.expectedStayMonths();
        nationality = details.nationality();
        religion = details.religion();
        contactPhone = details.contactPhone();
        contactEmail = details.contactEmail();
        notes = details.notes();
        updatedAt = now;
        refreshMatchable();
    }

    /**
     * A placement moves the case (MATCHED, PLACED, back to READY, REMATCH, CLOSED). Going back to
     * READY after a declined or expired offer keeps the original waiting time.
     */
    void placementMovesTo(FamilyStatus target, Instant now) {
        if (target == FamilyStatus.READY && readyAt != null) {
            status = target;
            updatedAt = now;
            refreshMatchable();
            return;
        }
        moveTo(target, now);
    }

    void moveTo(FamilyStatus target, Instant now) {
        if (target == FamilyStatus.READY && status != FamilyStatus.READY) {
            readyAt = now;
        }
        status = target;
        updatedAt = now;
        refreshMatchable();
    }

    /** Blanks every personal field; the case, its status and dates stay for the audit trail and statistics. */
    void erase(Instant now) {
        members.replaceAll(member -> new FamilyMember("(erased)", member.getAge(), member.getSex(),
                member.getRelationship(), false));
        languages.clear();
        needsStepFree = false;
        needsGroundFloorBedroom = false;
        petAllergy = false;
        needsLgbtqiAffirming = false;
        preferredPostcode = null;
        preferredPlace = null;
        lat = null;
        lon = null;
        locationLabel = null;
        locationTies = null;
        linkedFamilyIds.clear();
        nationality = null;
        religion = null;
        contactPhone = null;
        contactEmail = null;
        notes = null;
        status = FamilyStatus.CLOSED;
        erasedAt = now;
        updatedAt = now;
        refreshMatchable();
    }

    private void refreshMatchable() {
        matchable = FamilyRules.matchable(this);
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public FamilyStatus getStatus() {
        return status;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public List<FamilyMember> getMembers() {
        return List.copyOf(members);
    }

    public List<String> getLanguages() {
        return List.copyOf(languages);
    }

    public boolean isNeedsStepFree() {
        return Boolean.TRUE.equals(needsStepFree);
    }

    public boolean isNeedsGroundFloorBedroom() {
        return Boolean.TRUE.equals(needsGroundFloorBedroom);
    }

    public boolean isHasPets() {
        return hasPets;
    }

    public boolean isPetAllergy() {
        return Boolean.TRUE.equals(petAllergy);
    }

    public boolean isSmoker() {
        return smoker;
    }

    public boolean isNeedsLgbtqiAffirming() {
        return Boolean.TRUE.equals(needsLgbtqiAffirming);
    }

    public String getPreferredPostcode() {
        return preferredPostcode;
    }

    public String getPreferredPlace() {
        return preferredPlace;
    }

    public Double getLat() {
        return lat;
    }

    public Double getLon() {
        return lon;
    }

    public String getLocationLabel() {
        return locationLabel;
    }

    public Integer getMaxDistanceKm() {
        return maxDistanceKm;
    }

    public String getLocationTies() {
        return locationTies;
    }

    public Set<UUID> getLinkedFamilyIds() {
        return Set.copyOf(linkedFamilyIds);
    }

    public LocalDate getNeededFrom() {
        return neededFrom;
    }

    public Integer getExpectedStayMonths() {
        return expectedStayMonths;
    }

    public String getNationality() {
        return nationality;
    }

    public String getReligion() {
        return religion;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getReadyAt() {
        return readyAt;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    /** Whether matching takes this case now (READY with everything it needs): see {@link FamilyRules#matchable}. */
    public boolean isMatchable() {
        return matchable;
    }

    public Long getVersion() {
        return version;
    }
}
