package io.finesseacceptance.bench;

import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.latency.LatencySummary;
import io.finesseacceptance.notify.AnnouncedState;
import java.util.Arrays;
import org.HdrHistogram.Histogram;

/** The figures of one benchmark run, per sign-out. */
final class Samples {

    private final long[] put;
    private final long[] delivery;
    private final long[] detection;
    private final long[] step;
    private final long[] raw;
    private int count;

    Samples(int capacity) {
        put = new long[capacity];
        delivery = new long[capacity];
        detection = new long[capacity];
        step = new long[capacity];
        raw = new long[capacity];
    }

    void add(StateChange change, AnnouncedState announced, long stepNanos, long rawNanos) {
        put[count] = change.answeredNanos() - change.sentNanos();
        delivery[count] = announced.notification().landedNanos() - change.sentNanos();
        detection[count] = announced.detectionDelayNanos();
        step[count] = stepNanos;
        raw[count] = rawNanos;
        count++;
    }

    String report() {
        if (count == 0) {
            return "no samples";
        }
        LatencySummary stepTimes = summary(step);
        LatencySummary rawTimes = summary(raw);
        return String.join("\n",
                "Sign-out step against the embedded simulator, " + count + " sign-outs (ms)",
                "%-44s %9s %9s %9s".formatted("", "p50", "p99", "max"),
                row("PUT latency (request to 202 read)", summary(put)),
                row("notification delivery (request to feed)", summary(delivery)),
                row("detection delay (feed to step)", summary(detection)),
                row("sign-out step (PUT, assert, wait)", stepTimes),
                row("raw protocol (bare PUT + raw stanza)", rawTimes),
                "step time / raw protocol time: p50 %.3f, p99 %.3f".formatted(stepTimes.p50() / rawTimes.p50(),
                        stepTimes.p99() / rawTimes.p99()));
    }

    private LatencySummary summary(long[] nanos) {
        Histogram micros = LatencySummary.histogram();
        Arrays.stream(nanos, 0, count).forEach(n -> micros.recordValue(Math.max(0, n / 1000)));
        return LatencySummary.of(micros);
    }

    private static String row(String name, LatencySummary summary) {
        return "%-44s %9.3f %9.3f %9.3f".formatted(name, summary.p50(), summary.p99(), summary.max());
    }
}
