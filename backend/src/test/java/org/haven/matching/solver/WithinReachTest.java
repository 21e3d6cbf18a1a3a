package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.haven.family.Relationship;
import org.haven.family.Urgency;
import org.haven.host.DbsLevel;
import org.haven.host.OfferType;
import org.haven.host.StepFree;
import org.haven.shared.Sex;
import org.junit.jupiter.api.Test;

/** The first cut by latitude and longitude never drops an offer within the family's cap. */
class WithinReachTest {

    private static final HostFact HOST = new HostFact("h", List.of(new HostFact.Person(Sex.F, 40)), List.of(),
            Set.of("en"), false, DbsLevel.ENHANCED_WITH_BARRED_LIST);

    @Test
    void keepsEveryOfferWithinTheCapAndDropsMostOthersAnywhereOnEarth() {
        Random random = new Random(4);
        int dropped = 0;
        for (int round = 0; round < 300; round++) {
            // Families everywhere, poles and the date line included; offers around them, some far.
            double lat = -89.9 + random.nextDouble() * 179.8;
            double lon = -180 + random.nextDouble() * 360;
            int cap = 1 + random.nextInt(random.nextBoolean() ? 200 : 3000);
            FamilyFact family = family(lat, lon, cap);
            List<OfferFact> offers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                double spread = random.nextBoolean() ? 3 : 60;
                double offerLat = Math.max(-90, Math.min(90, lat + random.nextGaussian() * spread));
                double offerLon = wrap(lon + random.nextGaussian() * spread);
                offers.add(offer("o" + i, offerLat, offerLon));
            }

            List<OfferFact> near = WithinReach.of(family, offers);

            for (OfferFact offer : offers) {
                if (Pairs.distanceKm(family, offer) <= cap) {
                    assertThat(near).as("%s within %d km of %s", offer, cap, family).contains(offer);
                }
            }
            if (!near.isEmpty()) {
                assertThat(offers).containsSubsequence(near);
            }
            dropped += offers.size() - near.size();
        }
        assertThat(dropped).isGreaterThan(300 * 200 / 3);
    }

    @Test
    void keepsEveryOfferRightAtTheCap() {
        FamilyFact family = family(53.80, -1.55, 50);
        List<OfferFact> offers = new ArrayList<>();
        for (int i = 0; i < 3600; i++) {
            double bearing = Math.toRadians(i / 10.0);
            // 50.4 km away: rounds to 50, so within the cap.
            double km = 50.4;
            offers.add(offer("o" + i, 53.80 + km / 111.195 * Math.cos(bearing),
                    -1.55 + km / (111.195 * Math.cos(Math.toRadians(53.80))) * Math.sin(bearing)));
        }
        List<OfferFact> within = offers.stream().filter(offer -> Pairs.distanceKm(family, offer) <= 50).toList();

        assertThat(within).hasSizeGreaterThan(1000);
        assertThat(WithinReach.of(family, offers)).containsAll(within);
    }

    @Test
    void aFamilyWithoutCapOrLocationKeepsEveryOffer() {
        List<OfferFact> offers = List.of(offer("a", 51.5, -0.1), offer("b", -33.9, 151.2));
        assertThat(WithinReach.of(family(53.8, -1.55, null), offers)).isEqualTo(offers);
        assertThat(WithinReach.of(new FamilyFact("f", List.of(new FamilyFact.Member(30, Sex.F, Relationship.LEAD,
                false)), Set.of(), FamilyFact.Needs.NONE, Urgency.NORMAL, LocalDate.of(2026, 12, 1), 6, null, null,
                25, Set.of()), offers)).isEqualTo(offers);
    }

    private static double wrap(double lon) {
        double wrapped = ((lon + 180) % 360 + 360) % 360 - 180;
        return wrapped;
    }

    private static FamilyFact family(double lat, double lon, Integer cap) {
        return new FamilyFact("f", List.of(new FamilyFact.Member(30, Sex.F, Relationship.LEAD, false)), Set.of("en"),
                FamilyFact.Needs.NONE, Urgency.NORMAL, LocalDate.of(2026, 12, 1), 6, lat, lon, cap, Set.of());
    }

    private static OfferFact offer(String id, double lat, double lon) {
        return new OfferFact(id, HOST, OfferType.SELF_CONTAINED, lat, lon, 2, 4, StepFree.ALL, true, true, true,
                true, false, true, true, LocalDate.of(2026, 12, 1), null);
    }
}
