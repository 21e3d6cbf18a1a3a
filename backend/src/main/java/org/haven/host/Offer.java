package org.haven.host;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.haven.geo.GeoPrecision;
import org.haven.shared.crypto.EncryptedStringConverter;

/** A room or a home a host offers. Field names follow matching.md's instance format. */
@Entity
@Table(name = "offer")
public class Offer {

    @Id
    private UUID id;

    @Column(name = "host_id", nullable = false)
    private UUID hostId;

    @Column(nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferType type;

    /** The full address: private to the host and caseworkers, encrypted at rest. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(nullable = false, length = 2000)
    private String address;

    @Column(length = 10)
    private String postcode;

    @Column(length = 100)
    private String place;

    /** Approximate: the postcode district's or place's point, never the address's. */
    @Column(nullable = false)
    private double lat;

    @Column(nullable = false)
    private double lon;

    @Column(name = "location_label", nullable = false, length = 120)
    private String locationLabel;

    /** How precise lat/lon are; null for offers saved before it was recorded (unknown). */
    @Enumerated(EnumType.STRING)
    @Column(name = "location_precision", length = 10)
    private GeoPrecision locationPrecision;

    @Column(nullable = false)
    private int bedrooms;

    @Column(name = "max_guests", nullable = false)
    private int maxGuests;

    @Enumerated(EnumType.STRING)
    @Column(name = "step_free", nullable = false, length = 10)
    private StepFree stepFree;

    @Column(name = "wheelchair_bathroom", nullable = false)
    private boolean wheelchairBathroom;

    @Column(name = "ground_floor_bedroom", nullable = false)
    private boolean groundFloorBedroom;

    @Column(name = "pets_allowed", nullable = false)
    private boolean petsAllowed;

    @Column(name = "children_welcome", nullable = false)
    private boolean childrenWelcome;

    @Column(name = "women_only", nullable = false)
    private boolean womenOnly;

    @Column(name = "lgbtqi_affirming", nullable = false)
    private boolean lgbtqiAffirming;

    @Column(name = "smoking_allowed", nullable = false)
    private boolean smokingAllowed;

    @Column(name = "available_from", nullable = false)
    private LocalDate availableFrom;

    @Column(name = "available_until")
    private LocalDate availableUntil;

    @Column(name = "minimum_stay_months", nullable = false)
    private int minimumStayMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OfferStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /**
     * Whether matching may use this offer: {@link #matchable(OfferStatus, VettingStatus)} of its
     * status and its host's vetting, kept by every method below that changes either (the host's
     * vetting through {@link VettingMoves}), so that queries filter on one indexed column.
     */
    @Column(nullable = false)
    private boolean matchable;

    @Version
    private Long version;

    protected Offer() {
    }

    Offer(UUID hostId, Instant now) {
        this.id = UUID.randomUUID();
        this.hostId = hostId;
        this.createdAt = now;
    }

    /**
     * The one definition of an offer that matching may use: AVAILABLE, and its host APPROVED.
     * Offers store its answer (column {@code offer.matchable}); every query and check uses that.
     * Changing this rule means a migration that recomputes the column (as V11 first filled it).
     */
    static boolean matchable(OfferStatus status, VettingStatus hostStatus) {
        return status == OfferStatus.AVAILABLE && hostStatus == VettingStatus.APPROVED;
    }

    /** Everything a host may set; the location comes already resolved by the geocoder. */
    void update(HostDtos.OfferRequest details, OfferLocation location, OfferStatus newStatus,
            VettingStatus hostStatus, Instant now) {
        title = details.title().strip();
        type = details.type();
        address = details.address();
        postcode = blankToNull(details.postcode()) == null ? null : Postcodes.normalize(details.postcode());
        place = blankToNull(details.place());
        lat = location.lat();
        lon = location.lon();
        locationLabel = location.label();
        locationPrecision = location.precision();
        bedrooms = details.bedrooms();
        maxGuests = details.maxGuests();
        stepFree = details.stepFree();
        wheelchairBathroom = details.wheelchairBathroom();
        groundFloorBedroom = details.groundFloorBedroom();
        petsAllowed = details.petsAllowed();
        childrenWelcome = details.childrenWelcome();
        womenOnly = details.womenOnly();
        lgbtqiAffirming = details.lgbtqiAffirming();
        smokingAllowed = details.smokingAllowed();
        availableFrom = details.availableFrom();
        availableUntil = details.availableUntil();
        minimumStayMonths = details.minimumStayMonths() == null ? 0 : details.minimumStayMonths(); // absent: no minimum
        status = newStatus;
        updatedAt = now;
        hostVettingIs(hostStatus);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A placement moves the offer (RESERVED, OCCUPIED, back to AVAILABLE); see OfferReservations. */
    void placementMovesTo(OfferStatus target, VettingStatus hostStatus, Instant now) {
        status = target;
        updatedAt = now;
        hostVettingIs(hostStatus);
    }

    void withdraw(VettingStatus hostStatus, Instant now) {
        status = OfferStatus.WITHDRAWN;
        updatedAt = now;
        hostVettingIs(hostStatus);
    }

    /** Recomputes {@link #isMatchable()} with the host's vetting status as it is now. */
    void hostVettingIs(VettingStatus hostStatus) {
        matchable = matchable(status, hostStatus);
    }

    public UUID getId() {
        return id;
    }

    public UUID getHostId() {
        return hostId;
    }

    public String getTitle() {
        return title;
    }

    public OfferType getType() {
        return type;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getPlace() {
        return place;
    }

    public double getLat() {
        return lat;
    }

    public double getLon() {
        return lon;
    }

    public String getLocationLabel() {
        return locationLabel;
    }

    public GeoPrecision getLocationPrecision() {
        return locationPrecision;
    }

    public int getBedrooms() {
        return bedrooms;
    }

    public int getMaxGuests() {
        return maxGuests;
    }

    public StepFree getStepFree() {
        return stepFree;
    }

    public boolean isWheelchairBathroom() {
        return wheelchairBathroom;
    }

    public boolean isGroundFloorBedroom() {
        return groundFloorBedroom;
    }

    public boolean isPetsAllowed() {
        return petsAllowed;
    }

    public boolean isChildrenWelcome() {
        return childrenWelcome;
    }

    public boolean isWomenOnly() {
        return womenOnly;
    }

    public boolean isLgbtqiAffirming() {
        return lgbtqiAffirming;
    }

    public boolean isSmokingAllowed() {
        return smokingAllowed;
    }

    public LocalDate getAvailableFrom() {
        return availableFrom;
    }

    public LocalDate getAvailableUntil() {
        return availableUntil;
    }

    public int getMinimumStayMonths() {
        return minimumStayMonths;
    }

    public OfferStatus getStatus() {
        return status;
    }

    /** Whether matching may use this offer now (AVAILABLE, host APPROVED): see {@link #matchable}. */
    public boolean isMatchable() {
        return matchable;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
