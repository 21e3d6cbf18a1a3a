package org.haven.host;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.haven.host.MatchableHosts.Host;
import org.haven.host.MatchableHosts.MatchableOffer;
import org.haven.host.MatchableHosts.Person;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The host side of a matching run. It joins the caller's transaction (MANDATORY) so that hosts,
 * offers and families are read in one transaction, as one consistent picture.
 */
@Component
public class HostMatchingCatalogue {

    private final HostProfileRepository profiles;
    private final OfferRepository offers;

    HostMatchingCatalogue(HostProfileRepository profiles, OfferRepository offers) {
        this.profiles = profiles;
        this.offers = offers;
    }

    /** The offers matching may use (Offer.matchable: AVAILABLE, host APPROVED) and their hosts. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public MatchableHosts approvedHostsWithAvailableOffers() {
        return offersWithHosts(offers.findByMatchableTrue());
    }

    /**
     * Offers held by live placements (whatever their status now) and their hosts: the pinned pairs
     * of a run, which never move but still count for H16 and S6.
     */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public MatchableHosts offersWithHosts(Collection<UUID> offerIds) {
        return offersWithHosts(offerIds.isEmpty() ? List.of() : offers.findAllById(offerIds));
    }

    private MatchableHosts offersWithHosts(List<Offer> held) {
        // The hosts in one query, not one each: the map reads this for every live placement.
        Map<UUID, HostProfile> holders = held.isEmpty() ? Map.of()
                : profiles.findAllById(held.stream().map(Offer::getHostId).distinct().toList()).stream()
                        .collect(Collectors.toMap(HostProfile::getId, Function.identity()));
        List<Host> hosts = held.stream().map(Offer::getHostId).distinct()
                .map(id -> Optional.ofNullable(holders.get(id)).map(HostMatchingCatalogue::host).orElseThrow())
                .toList();
        return new MatchableHosts(hosts, held.stream().map(HostMatchingCatalogue::offer).toList());
    }

    /** One offer and its host, if matching may use the offer (a caseworker's decision): the same rule as above. */
    @Transactional(readOnly = true, propagation = Propagation.MANDATORY)
    public Optional<MatchableHosts> availableOffer(UUID offerId) {
        return offers.findById(offerId).filter(Offer::isMatchable).map(offer -> offersWithHosts(List.of(offer)));
    }

    private static Host host(HostProfile profile) {
        return new Host(profile.getId(), persons(profile.getAdults()), persons(profile.getChildren()),
                profile.getLanguages(), profile.isHasPets(),
                profile.getDbsLevel() == null ? DbsLevel.NONE : profile.getDbsLevel());
    }

    private static List<Person> persons(List<HouseholdMember> members) {
        return members.stream().map(member -> new Person(member.getSex(), member.getAge())).toList();
    }

    private static MatchableOffer offer(Offer offer) {
        return new MatchableOffer(offer.getId(), offer.getHostId(), offer.getTitle(), offer.getType(), offer.getLat(),
                offer.getLon(), offer.getLocationLabel(), offer.getBedrooms(), offer.getMaxGuests(),
                offer.getStepFree(), offer.isWheelchairBathroom(), offer.isGroundFloorBedroom(),
                offer.isPetsAllowed(), offer.isChildrenWelcome(), offer.isWomenOnly(), offer.isLgbtqiAffirming(),
                offer.isSmokingAllowed(), offer.getAvailableFrom(), offer.getAvailableUntil());
    }
}
