package org.haven.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DistanceTest {

    private static final GeoPoint LONDON = new GeoPoint(51.5074, -0.1278);
    private static final GeoPoint LEEDS = new GeoPoint(53.8008, -1.5491);
    private static final GeoPoint EDINBURGH = new GeoPoint(55.9533, -3.1883);
    private static final GeoPoint PARIS = new GeoPoint(48.8566, 2.3522);

    @Test
    void knownDistancesBetweenCities() {
        assertThat(Distance.haversineKm(LONDON, LEEDS)).isCloseTo(272.4, within(0.5));
        assertThat(Distance.haversineKm(LONDON, EDINBURGH)).isCloseTo(533.7, within(0.5));
        assertThat(Distance.haversineKm(LONDON, PARIS)).isCloseTo(343.6, within(0.5));
    }

    @Test
    void theSphereHasTheRadiusMatchingDefines() {
        // One degree of the equator is 2πR/360 and pole to pole is πR, for R = 6371.0 km.
        assertThat(Distance.haversineKm(new GeoPoint(0, 0), new GeoPoint(0, 1))).isCloseTo(111.195, within(0.001));
        assertThat(Distance.haversineKm(new GeoPoint(90, 0), new GeoPoint(-90, 0))).isCloseTo(20015.087, within(0.001));
        assertThat(Distance.haversineKm(new GeoPoint(0, 0), new GeoPoint(0, 180))).isCloseTo(20015.087, within(0.001));
    }

    @Test
    void distanceIsSymmetricAndZeroForOnePoint() {
        assertThat(Distance.haversineKm(LEEDS, LONDON)).isEqualTo(Distance.haversineKm(LONDON, LEEDS));
        assertThat(Distance.haversineKm(LEEDS, LEEDS)).isZero();
        assertThat(Distance.haversineKm(LONDON.lat(), LONDON.lon(), LEEDS.lat(), LEEDS.lon()))
                .isEqualTo(Distance.haversineKm(LONDON, LEEDS));
    }

    @Test
    void theMatchingDistanceIsRoundedToTheNearestWholeKm() {
        assertThat(Distance.roundedKm(LONDON, LEEDS)).isEqualTo(272);
        assertThat(Distance.roundedKm(LONDON, EDINBURGH)).isEqualTo(534);
        assertThat(Distance.roundedKm(new GeoPoint(0, 0), new GeoPoint(0, 1))).isEqualTo(111);
        assertThat(Distance.roundedKm(LEEDS, LEEDS)).isZero();
        // 0.4 km rounds down, 0.6 km rounds up (0.0036° and 0.0054° of the equator).
        assertThat(Distance.roundedKm(0, 0, 0, 0.0036)).isZero();
        assertThat(Distance.roundedKm(0, 0, 0, 0.0054)).isEqualTo(1);
    }

    @Test
    void impossiblePositionsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(91, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(0, -181));
        assertThatIllegalArgumentException().isThrownBy(() -> new GeoPoint(Double.NaN, 0));
    }
}
