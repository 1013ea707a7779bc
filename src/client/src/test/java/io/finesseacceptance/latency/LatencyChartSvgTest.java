package io.finesseacceptance.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencyChartSvgTest {

    @Test
    void percentilesAreMeasuredValuesPerTransition() {
        List<LatencyLog.Sample> samples = new ArrayList<>();
        for (int millis = 1; millis <= 20; millis++) {
            samples.add(new LatencyLog.Sample("LOGOUT requested", millis));
        }
        samples.add(new LatencyLog.Sample("READY requested", 3.5));

        List<TransitionLatency> latencies = TransitionLatency.of(samples);

        assertThat(latencies).containsExactly(new TransitionLatency("LOGOUT requested", 20, 10, 19, 20),
                new TransitionLatency("READY requested", 1, 3.5, 3.5, 3.5));
    }

    @Test
    void theChartHasABarPerPercentileAndEscapesLabels() {
        String svg = LatencyChartSvg.render(List.of(new TransitionLatency("<odd> & READY", 2, 12.5, 40, 41)));

        assertThat(svg).startsWith("<svg").contains("class=\"latency-chart\"", "&lt;odd&gt; &amp; READY", "12.5",
                "40.0", "41.0").doesNotContain("<odd>");
        assertThat(svg.split("<rect ", -1)).hasSize(1 + 1 + 3 + 3); // background, 3 legend keys, 3 bars
        assertThat(LatencyChartSvg.niceCeiling(41)).isEqualTo(50);
    }
}
