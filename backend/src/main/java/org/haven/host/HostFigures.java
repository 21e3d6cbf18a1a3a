package org.haven.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts for the admins' statistics: no personal data, only statuses and areas. */
@Component
public class HostFigures {

    /** Offers AVAILABLE to matching (their host APPROVED) in one area, and the guests they take. */
    public record AreaAvailability(String area, int offers, int beds) {
    }

    public record Figures(Map<VettingStatus, Long> hostsByStatus, List<AreaAvailability> availableByArea) {
    }

    private final HostProfileRepository profiles;
    private final OfferRepository offers;

    HostFigures(HostProfileRepository profiles, OfferRepository offers) {
        this.profiles = profiles;
        this.offers = offers;
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        // Counted and read column by column in the database: loading every host and offer (and
        // decrypting each address) took seconds with 10,000 offers.
        Map<VettingStatus, Long> byStatus = new EnumMap<>(VettingStatus.class);
        for (VettingStatus status : VettingStatus.values()) {
            byStatus.put(status, 0L);
        }
        profiles.countByStatus().forEach(count -> byStatus.put(count.getStatus(), count.getCount()));
        Map<String, List<OfferRepository.AvailableOffer>> byArea = new TreeMap<>();
        offers.findMatchable()
                .forEach(offer -> byArea.computeIfAbsent(area(offer), key -> new ArrayList<>()).add(offer));
        List<AreaAvailability> areas = byArea.entrySet().stream()
                .map(entry -> new AreaAvailability(entry.getKey(), entry.getValue().size(),
                        entry.getValue().stream().mapToInt(OfferRepository.AvailableOffer::maxGuests).sum()))
                .sorted(Comparator.comparingInt(AreaAvailability::offers).reversed()
                        .thenComparing(AreaAvailability::area))
                .toList();
        return new Figures(byStatus, areas);
    }

    /** The postcode area (LS, SE, G) when there is a postcode, else the place's name. */
    private static String area(OfferRepository.AvailableOffer offer) {
        if (offer.postcode() != null) {
            return offer.postcode().replaceAll("^([A-Z]{1,2}).*$", "$1");
        }
        return offer.place() != null ? offer.place() : offer.locationLabel();
    }
}
