package org.haven.host;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.haven.geo.GeoLocation;
import org.haven.geo.GeoPrecision;
import org.haven.geo.Geocoder;
import org.haven.host.HostDtos.OfferRequest;
import org.haven.host.HostDtos.OfferResponse;
import org.haven.host.HostEvents.OfferSaved;
import org.haven.host.HostEvents.OfferWithdrawn;
import org.haven.shared.FieldError;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A host's own offers. Another host's offer is answered as not found. */
@Service
class OfferService {

    private final OfferRepository offers;
    private final HostProfiles profiles;
    private final Geocoder geocoder;
    private final HostMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferService(OfferRepository offers, HostProfiles profiles, Geocoder geocoder, HostMapper mapper,
            ApplicationEventPublisher events, Clock clock) {
        this.offers = offers;
        this.profiles = profiles;
        this.geocoder = geocoder;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<OfferResponse> list(UUID hostId) {
        VettingStatus hostStatus = profiles.ofHost(hostId).getStatus();
        return offers.findByHostIdOrderByCreatedAtDesc(hostId).stream()
                .map(offer -> mapper.toResponse(offer, hostStatus)).toList();
    }

    @Transactional
    public OfferResponse get(UUID hostId, UUID offerId) {
        return mapper.toResponse(ownOffer(hostId, offerId), profiles.ofHost(hostId).getStatus());
    }

    @Transactional
    public OfferResponse create(UUID hostId, OfferRequest request) {
        HostProfile host = profiles.ofHost(hostId);
        check(request, null);
        return mapper.toResponse(save(hostId, request, hostId), host.getStatus());
    }

    /** Saves a new offer already checked with {@link #problemsWith}; {@code actorId} made it. */
    Offer save(UUID hostId, OfferRequest request, UUID actorId) {
        Offer offer = new Offer(hostId, clock.instant());
        offer.update(request, locate(request), requestedStatus(request), profiles.vettingForOfferChange(hostId),
                clock.instant());
        offers.save(offer);
        events.publishEvent(new OfferSaved(offer.getId(), hostId, offer.getStatus(), actorId));
        return offer;
    }

    @Transactional
    public OfferResponse update(UUID hostId, UUID offerId, OfferRequest request) {
        Offer offer = ownOffer(hostId, offerId);
        if (!offer.getStatus().isEditableByHost()) {
            throw new ProblemException(ProblemType.CONFLICT, offer.getStatus() == OfferStatus.WITHDRAWN
                    ? "This offer was withdrawn and can no longer be changed. Offer the room again as a new offer."
                    : "This offer is part of a placement, so it cannot be changed now. Talk to your caseworker.");
        }
        check(request, offer.getAvailableFrom());
        VettingStatus hostStatus = profiles.vettingForOfferChange(hostId);
        offer.update(request, locate(request), requestedStatus(request), hostStatus, clock.instant());
        events.publishEvent(new OfferSaved(offer.getId(), hostId, offer.getStatus()));
        return mapper.toResponse(offer, hostStatus);
    }

    /** Withdrawing keeps the offer (placements and audit refer to it); it leaves matching for good. */
    @Transactional
    public void withdraw(UUID hostId, UUID offerId) {
        Offer offer = ownOffer(hostId, offerId);
        if (offer.getStatus() == OfferStatus.WITHDRAWN) {
            return;
        }
        if (!offer.getStatus().isEditableByHost()) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "This offer is part of a placement, so it cannot be withdrawn now. Talk to your caseworker.");
        }
        offer.withdraw(profiles.ofHost(hostId).getStatus(), clock.instant());
        events.publishEvent(new OfferWithdrawn(offer.getId(), hostId));
    }

    private Offer ownOffer(UUID hostId, UUID offerId) {
        return offers.findByIdAndHostId(offerId, hostId).orElseThrow(() -> ProblemException.notFound("This offer"));
    }

    private static OfferStatus requestedStatus(OfferRequest request) {
        return request.status() == null ? OfferStatus.AVAILABLE : request.status();
    }

    private void check(OfferRequest request, LocalDate storedFrom) {
        List<FieldError> errors = problemsWith(request, storedFrom);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "Some answers about the offer need correcting.", errors);
        }
    }

    /**
     * The rules across fields (also for a request Bean Validation refused, so an import can say
     * everything at once); {@code storedFrom} lets an existing offer keep a start date now past.
     */
    List<FieldError> problemsWith(OfferRequest request, LocalDate storedFrom) {
        List<FieldError> errors = new ArrayList<>();
        boolean hasPostcode = request.postcode() != null && !request.postcode().isBlank();
        boolean hasPlace = request.place() != null && !request.place().isBlank();
        if (hasPostcode == hasPlace) {
            errors.add(new FieldError("postcode", FieldError.REQUIRED, "Give either a postcode or a place name."));
        }
        if (request.status() != null && !request.status().isEditableByHost()) {
            errors.add(new FieldError("status", FieldError.INVALID_VALUE,
                    "An offer can be saved as DRAFT or published as AVAILABLE."));
        }
        LocalDate from = request.availableFrom(); // null only where Bean Validation already refused it
        if (from != null && from.isBefore(LocalDate.now(clock)) && !from.equals(storedFrom)) {
            errors.add(new FieldError("availableFrom", "date-not-future", "The start date cannot be in the past."));
        }
        if (from != null && request.availableUntil() != null && !request.availableUntil().isAfter(from)) {
            errors.add(new FieldError("availableUntil", "date-before-start", "The end date must be after the start date."));
        }
        return errors;
    }

    private OfferLocation locate(OfferRequest request) {
        boolean byPostcode = request.postcode() != null && !request.postcode().isBlank();
        String query = byPostcode ? request.postcode() : request.place();
        GeoLocation location = geocoder.locate(query).orElseThrow(() -> ProblemException.invalidField(
                byPostcode ? "postcode" : "place", "location-not-found",
                "We could not find this " + (byPostcode ? "postcode" : "place") + ". Check the spelling."));
        if (location.precision() == GeoPrecision.POSTCODE) {
            // A full postcode's point is a street or two: keep only the district's, as product.md asks.
            location = geocoder.locate(Postcodes.district(query)).orElse(location);
        }
        return OfferLocation.of(location);
    }
}
