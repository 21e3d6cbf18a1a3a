package org.haven.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** What a run row says about a notice: only a DONE run's notice can say the medium was proven all the same. */
class MatchingRunTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
    private static final String NOTICE = "exact phase stopped at the time limit after 4 pricing passes";

    @Test
    void onlyADoneRunWithANoticeCarriesTheMediumProof() {
        assertThat(finished(NOTICE, true).isMediumProven()).isTrue();
        assertThat(finished(NOTICE, true).getNotice()).isEqualTo(NOTICE);
        assertThat(finished(NOTICE, false).isMediumProven()).isFalse();
        assertThat(finished(null, true).isMediumProven()).as("no notice, nothing to qualify").isFalse();

        MatchingRun stopped = run();
        stopped.end(RunStatus.STOPPED, null, 0, "stopped by a caseworker", NOW);
        assertThat(stopped.isMediumProven()).isFalse();
        assertThat(run().isMediumProven()).as("still solving").isFalse();
    }

    private static MatchingRun finished(String notice, boolean mediumProven) {
        MatchingRun run = run();
        run.finish("0hard/-3medium/-40soft", 9, 9, List.of(), notice, mediumProven, NOW);
        return run;
    }

    private static MatchingRun run() {
        return new MatchingRun(UUID.randomUUID(), 30, UUID.randomUUID(), NOW, 10, 12);
    }
}
