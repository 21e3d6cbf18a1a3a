package org.haven.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.haven.matching.bench.InstanceGenerator;
import org.junit.jupiter.api.Test;

/** A deadline may fall anywhere in the exact solve, pricing passes included: the answer is still whole. */
class ExactAssignmentCutTest {

    @Test
    void answersForEveryFamilyWhereverTheDeadlineFalls() {
        MatchingSolution run = InstanceGenerator.generate(300, 3, true);
        int families = run.getAssignments().size();
        long looks = countLooks(run);
        for (long cut = 1; cut <= looks; cut += Math.max(1, looks / 400)) {
            AtomicLong clock = new AtomicLong();
            ExactAssignment.Result result = ExactAssignment.solve(run, null,
                    Deadline.after(Duration.ofNanos(cut), clock::incrementAndGet));
            assertThat(result.offers()).as("cut after %d looks", cut).hasSize(families);
        }
    }

    /** How many times an uncut solve looks at the clock (each look advances this clock by one). */
    private static long countLooks(MatchingSolution run) {
        AtomicLong clock = new AtomicLong();
        ExactAssignment.solve(run, null, Deadline.after(Duration.ofNanos(Long.MAX_VALUE / 2), clock::incrementAndGet));
        return clock.get();
    }
}
