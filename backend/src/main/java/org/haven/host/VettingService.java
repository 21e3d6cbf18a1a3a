package org.haven.host;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.haven.account.AccountDirectory;
import org.haven.account.AccountDirectory.AccountSummary;
import org.haven.account.Role;
import org.haven.host.HostDtos.HistoryEntry;
import org.haven.host.HostDtos.HostDetail;
import org.haven.host.HostDtos.HostSummary;
import org.haven.host.HostDtos.OfferResponse;
import org.haven.host.HostDtos.VettingRequest;
import org.haven.host.HostEvents.HostRecordViewed;
import org.haven.host.HostEvents.VettingChanged;
import org.haven.host.VettingChecks.Check;
import org.haven.shared.FieldError;
import org.haven.shared.PageResponse;
import org.haven.shared.ProblemException;
import org.haven.shared.ProblemType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Caseworkers find hosts, read their record and record the vetting checks and decisions. */
@Service
class VettingService {

    /** The API field that holds each check, for field errors when approval is refused. */
    private static final Map<Check, String> CHECK_FIELDS = Map.of(
            Check.IDENTITY, "identityVerified",
            Check.HOME_VISIT, "homeVisitOutcome",
            Check.DBS, "dbsLevel",
            Check.REFERENCES, "referencesReceived",
            Check.TRAINING, "trainingDone");

    private final HostProfileRepository profileRepository;
    private final HostProfiles profiles;
    private final OfferRepository offers;
    private final VettingEventRepository history;
    private final VettingMoves vetting;
    private final AccountDirectory accounts;
    private final HostMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VettingService(HostProfileRepository profileRepository, HostProfiles profiles, OfferRepository offers,
            VettingEventRepository history, VettingMoves vetting, AccountDirectory accounts, HostMapper mapper,
            ApplicationEventPublisher events, Clock clock) {
        this.profileRepository = profileRepository;
        this.profiles = profiles;
        this.offers = offers;
        this.history = history;
        this.vetting = vetting;
        this.accounts = accounts;
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    /** Hosts by status, name or email, and postcode area or district; those waiting longest first. */
    @Transactional(readOnly = true)
    public PageResponse<HostSummary> search(VettingStatus status, String text, String area, int page, int size) {
        PageRequest pageRequest = PageRequest.of(page, size, Sort.by("appliedAt", "id"));
        Set<UUID> wanted = null;
        if (text != null && !text.isBlank()) {
            wanted = new HashSet<>(accounts.idsMatching(Role.HOST, text));
        }
        if (area != null && !area.isBlank()) {
            Set<UUID> inArea = offers.findPostcodes(OfferStatus.WITHDRAWN, Postcodes.areaPrefix(area) + "%").stream()
                    .filter(offer -> Postcodes.isIn(offer.postcode(), area))
                    .map(OfferRepository.HostPostcode::hostId).collect(Collectors.toSet());
            if (wanted == null) {
                wanted = inArea;
            } else {
                wanted.retainAll(inArea);
            }
        }
        if (wanted != null && wanted.isEmpty()) {
            return new PageResponse<>(List.of(), page, size, 0, 0);
        }
        Page<HostProfile> found = wanted == null ? profileRepository.findByStatus(status, pageRequest)
                : profileRepository.findByStatusAndIdIn(status, wanted, pageRequest);
        List<UUID> ids = found.getContent().stream().map(HostProfile::getId).toList();
        Map<UUID, AccountSummary> names = accounts.summaries(ids);
        Map<UUID, List<Offer>> offersByHost = offers.findByHostIdIn(ids).stream()
                .collect(Collectors.groupingBy(Offer::getHostId));
        return PageResponse.of(found, profile -> summary(profile, names.get(profile.getId()),
                offersByHost.getOrDefault(profile.getId(), List.of())));
    }

    /** The full record, offer addresses included; reading it is audited. */
    @Transactional
    public HostDetail detail(UUID hostId, UUID viewerId) {
        HostProfile profile = profiles.existing(hostId);
        events.publishEvent(new HostRecordViewed(hostId, viewerId));
        return detailOf(profile);
    }

    @Transactional
    public HostDetail recordVetting(UUID hostId, UUID actorId, VettingRequest request) {
        HostProfile profile = profiles.existing(hostId);
        VettingStatus from = profile.getStatus();
        VettingStatus to = request.status();
        if (!from.canMoveTo(to)) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "A host cannot move from " + from + " to " + to + ". Allowed next: " + from.next() + ".");
        }
        boolean statusChanges = from != to;
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (statusChanges && note == null && (to == VettingStatus.REJECTED || to == VettingStatus.PAUSED)) {
            throw ProblemException.invalidField("note", FieldError.REQUIRED,
                    "Write a note saying why, for the caseworkers who come after you.");
        }
        VettingChecks checks = new VettingChecks(request.identityVerified(), request.homeVisitDate(),
                blankToNull(request.homeVisitBy()), request.homeVisitOutcome(), request.dbsLevel(), request.dbsDate(),
                request.referencesReceived(), request.trainingDone());
        if (to == VettingStatus.APPROVED) {
            refuseUnlessComplete(checks);
        }
        Instant now = clock.instant();
        profile.recordChecks(checks, now);
        List<VettingStatus> steps = from.path(to);
        if (steps.isEmpty()) {
            // Checks recorded, status kept: one history line, as every save has one.
            record(profile, actorId, from, to, note, now);
        }
        VettingStatus step = from;
        for (int i = 0; i < steps.size(); i++) {
            VettingStatus next = steps.get(i);
            // The caseworker's note explains the decision, so it goes on the last step; earlier
            // steps are a microsecond apart (the database's precision) so the history keeps their order.
            record(profile, actorId, step, next, next == to ? note : null,
                    now.minus(steps.size() - 1 - i, ChronoUnit.MICROS));
            step = next;
        }
        return detailOf(profile);
    }

    private void record(HostProfile profile, UUID actorId, VettingStatus from, VettingStatus to, String note,
            Instant at) {
        vetting.move(profile, to, at);
        history.save(new VettingEvent(profile.getId(), at, actorId, from, to, note));
        events.publishEvent(new VettingChanged(profile.getId(), actorId, from, to));
    }

    private static void refuseUnlessComplete(VettingChecks checks) {
        List<Check> pending = checks.pending();
        if (pending.isEmpty()) {
            return;
        }
        List<FieldError> errors = new ArrayList<>();
        for (Check check : pending) {
            errors.add(new FieldError(CHECK_FIELDS.get(check), "check-missing", "This check is not complete yet."));
        }
        throw new ProblemException(ProblemType.CONFLICT,
                "A host can be approved only when every check is complete. Still missing: " + pending + ".", errors);
    }

    private HostDetail detailOf(HostProfile profile) {
        AccountSummary account = accounts.find(profile.getId())
                .orElseThrow(() -> ProblemException.notFound("This host"));
        List<OfferResponse> hostOffers = offers.findByHostIdOrderByCreatedAtDesc(profile.getId()).stream()
                .map(offer -> mapper.toResponse(offer, profile.getStatus())).toList();
        List<VettingEvent> events = history.findByHostIdOrderByOccurredAtDesc(profile.getId());
        Map<UUID, AccountSummary> actors = accounts.summaries(events.stream().map(VettingEvent::getActorId).toList());
        List<HistoryEntry> entries = events.stream().map(event -> new HistoryEntry(event.getOccurredAt(),
                nameOf(actors.get(event.getActorId())), event.getFromStatus(), event.getToStatus(), event.getNote()))
                .toList();
        return new HostDetail(profile.getId(), account.displayName(), account.email(), profile.getStatus(),
                List.copyOf(profile.getStatus().next()), profile.getAppliedAt(), mapper.toHousehold(profile),
                hostOffers, profile.checks(), entries);
    }

    private static HostSummary summary(HostProfile profile, AccountSummary account, Collection<Offer> hostOffers) {
        int available = (int) hostOffers.stream().filter(offer -> offer.getStatus() == OfferStatus.AVAILABLE).count();
        List<String> areas = hostOffers.stream().filter(offer -> offer.getStatus() != OfferStatus.WITHDRAWN)
                .map(Offer::getPostcode).filter(postcode -> postcode != null).map(Postcodes::area)
                .distinct().sorted().toList();
        return new HostSummary(profile.getId(), nameOf(account), account == null ? null : account.email(),
                profile.getStatus(), hostOffers.size(), available, areas, profile.getAppliedAt(), profile.getUpdatedAt());
    }

    private static String nameOf(AccountSummary account) {
        return account == null ? "(removed account)" : account.displayName();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
