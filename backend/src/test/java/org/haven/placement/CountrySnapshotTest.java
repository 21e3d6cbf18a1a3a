package org.haven.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.haven.host.OffersOnMap.OfferPoint;
import org.haven.shared.MapArea;
import org.junit.jupiter.api.Test;

/**
 * The zoomed-out map's copy of the country is read again once it is half its allowed age old, and a
 * copy older than its allowed age is never used: what a caseworker sees of another's change is at
 * most that old. The clock is the test's own.
 */
class CountrySnapshotTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger reads = new AtomicInteger();
    /** Each read returns a copy that says which read it was (by its one offer's latitude). */
    private final Supplier<CountrySnapshot.Points> read = () -> new CountrySnapshot.Points(List.of(),
            List.of(new OfferPoint(reads.incrementAndGet(), 0)), Map.of(), Map.of());

    private int copyNumber(CountrySnapshot snapshot) {
        return (int) snapshot.points().offers().get(0).lat();
    }

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void aCopyIsReusedWhileYoungAndReadAgainOnceHalfItsAllowedAgeOld() {
        CountrySnapshot snapshot = new CountrySnapshot(read, MAX_AGE, nanos::get);
        assertThat(copyNumber(snapshot)).isEqualTo(1);
        advance(Duration.ofMillis(2400));
        assertThat(copyNumber(snapshot)).as("younger than half the age: the same copy").isEqualTo(1);
        assertThat(reads).hasValue(1);

        advance(Duration.ofMillis(200));
        snapshot.points();
        assertThat(reads).as("half the age passed: read again").hasValue(2);
        assertThat(copyNumber(snapshot)).isEqualTo(2);
    }

    @Test
    void aCopyOlderThanItsAllowedAgeIsNeverUsed() {
        CountrySnapshot snapshot = new CountrySnapshot(read, MAX_AGE, nanos::get);
        assertThat(copyNumber(snapshot)).isEqualTo(1);
        advance(MAX_AGE.plusMillis(1));
        assertThat(copyNumber(snapshot)).as("the old copy has expired: the answer is a new read").isEqualTo(2);
    }

    @Test
    void zeroReadsTheCountryEveryTime() {
        CountrySnapshot snapshot = new CountrySnapshot(read, Duration.ZERO, nanos::get);
        assertThat(copyNumber(snapshot)).isEqualTo(1);
        assertThat(copyNumber(snapshot)).isEqualTo(2);
    }

    @Test
    void thePinsReadFreshThoseLivePlacementEndsThatWereInTheAreaOrAreNewerThanTheCopy() {
        UUID inside = UUID.randomUUID();
        UUID outside = UUID.randomUUID();
        UUID withoutPlace = UUID.randomUUID();
        UUID newer = UUID.randomUUID();
        Map<UUID, CountrySnapshot.Place> places = Map.of(inside, new CountrySnapshot.Place(58.2, -6.4),
                outside, new CountrySnapshot.Place(51.5, -0.1), withoutPlace, new CountrySnapshot.Place(null, null));
        MapArea lewis = new MapArea(58.15, -6.45, 58.25, -6.30);

        assertThat(CountrySnapshot.Points.mayBeIn(List.of(inside, outside, withoutPlace, newer), places, lewis))
                .containsExactly(inside, newer);
    }

    @Test
    void aNegativeAgeIsAMistakeInTheConfiguration() {
        assertThatThrownBy(() -> new CountrySnapshot(read, Duration.ofSeconds(-1), nanos::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clusters-max-age");
    }
}
