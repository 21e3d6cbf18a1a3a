package org.haven.host;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.haven.shared.Sex;

/**
 * What matching may know of hosts and their offers (docs/matching.md "What enters a run"):
 * household composition, languages, pets and DBS level of APPROVED hosts, and their AVAILABLE
 * offers with approximate locations. No names, no addresses, no caseworker notes.
 */
public record MatchableHosts(List<Host> hosts, List<MatchableOffer> offers) {

    public MatchableHosts {
        hosts = List.copyOf(hosts);
        offers = List.copyOf(offers);
    }

    /** Both sets together, each host once. */
    public MatchableHosts with(MatchableHosts other) {
        Map<UUID, Host> allHosts = new LinkedHashMap<>();
        hosts.forEach(host -> allHosts.put(host.id(), host));
        other.hosts.forEach(host -> allHosts.putIfAbsent(host.id(), host));
        Map<UUID, MatchableOffer> allOffers = new LinkedHashMap<>();
        offers.forEach(offer -> allOffers.put(offer.id(), offer));
        other.offers.forEach(offer -> allOffers.putIfAbsent(offer.id(), offer));
        return new MatchableHosts(List.copyOf(allHosts.values()), List.copyOf(allOffers.values()));
    }

    public record Host(UUID id, List<Person> adults, List<Person> children, List<String> languages, boolean hasPets,
                       DbsLevel dbsLevel) {
    }

    public record Person(Sex sex, int age) {
    }

    /** {@code place} is the approximate location's label (a postcode district or a town), never the address. */
    public record MatchableOffer(UUID id, UUID hostId, String title, OfferType type, double lat, double lon,
                                 String place, int bedrooms, int maxGuests, StepFree stepFree,
                                 boolean wheelchairBathroom, boolean groundFloorBedroom, boolean petsAllowed,
                                 boolean childrenWelcome, boolean womenOnly, boolean lgbtqiAffirming,
                                 boolean smokingAllowed, LocalDate availableFrom, LocalDate availableUntil) {
    }
}
