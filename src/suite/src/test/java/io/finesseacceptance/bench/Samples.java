package io.finesseacceptance.bench;

import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.notify.AnnouncedState;
import java.util.Arrays;

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
        Percentiles stepTimes = Percentiles.ofNanos(Arrays.copyOf(step, count));
        Percentiles rawTimes = Percentiles.ofNanos(Arrays.copyOf(raw, count));
        return String.join("\n",
                "Sign-out step against the embedded simulator, " + count + " sign-outs (ms)",
                "%-44s %9s %9s %9s".formatted("", "p50", "p99", "max"),
                Percentiles.ofNanos(Arrays.copyOf(put, count)).row("PUT latency (request to 202 read)"),
                Percentiles.ofNanos(Arrays.copyOf(delivery, count)).row("notification delivery (request to feed)"),
                Percentiles.ofNanos(Arrays.copyOf(detection, count)).row("detection delay (feed to step)"),
                stepTimes.row("sign-out step (PUT, assert, wait)"),
                rawTimes.row("raw protocol (bare PUT + raw stanza)"),
                "step time / raw protocol time: p50 %.3f, p99 %.3f".formatted(stepTimes.at(50) / rawTimes.at(50),
                        stepTimes.at(99) / rawTimes.at(99)));
    }
}
