package io.finesseacceptance.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyShiftTest {

    private static LatencyShift shift(List<Double> before, List<Double> after) {
        return LatencyShift.between("LOGOUT requested", LatencyFigures.of(List.of(before)), after);
    }

    /** Run-to-run jitter (15 %, and a tail now and then) at lab-like and simulator-like latencies. */
    @Test
    void repeatedRunsOfAnUnchangedLabNeverShift() {
        for (double p50 : new double[] {3, 22, 60}) {
            for (long seed = 0; seed < 50; seed++) {
                LatencyShift shift = shift(BaselineFixtures.samples(p50, 9, seed), BaselineFixtures.samples(p50, 9, 1000 + seed));
                assertThat(shift.shifted()).as("p50 %.0f ms, seed %d: %s", p50, seed, shift).isFalse();
            }
        }
    }

    @Test
    void threeTimesTheCtiDelayShifts() {
        for (long seed = 0; seed < 20; seed++) {
            LatencyShift shift = shift(BaselineFixtures.samples(22, 9, seed), BaselineFixtures.samples(64, 9, 1000 + seed));
            assertThat(shift.shifted()).as("seed %d: %s", seed, shift).isTrue();
            assertThat(shift.p50().low()).isPositive();
        }
    }

    @Test
    void aFewMillisecondsOnAFewMillisecondsStayUnderTheFloor() {
        LatencyShift shift = shift(BaselineFixtures.samples(3, 20, 1), BaselineFixtures.samples(6, 20, 2));

        assertThat(shift.p50().beyondNoise()).as("%s", shift).isFalse();
        assertThat(shift.p50().floor()).isEqualTo(5.0);
    }

    @Test
    void tooFewSamplesAreNotJudged() {
        LatencyShift shift = shift(BaselineFixtures.samples(22, 4, 1), BaselineFixtures.samples(80, 4, 2));

        assertThat(shift.judged()).isFalse();
        assertThat(shift.shifted()).isFalse();
    }

    @Test
    void theSpreadBetweenTheBaselinesRunsRaisesTheFloor() {
        Baseline.TransitionLatencyRecord twoRuns = LatencyFigures.merged(LatencyFigures.of(List.of(
                BaselineFixtures.samples(20, 9, 1))), LatencyFigures.of(List.of(BaselineFixtures.samples(45, 9, 2))));

        LatencyShift shift = LatencyShift.between("LOGOUT requested", twoRuns, BaselineFixtures.samples(45, 9, 3));

        assertThat(shift.p50().floor()).isGreaterThan(20);
    }
}
