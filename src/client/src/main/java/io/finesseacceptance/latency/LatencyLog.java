package io.finesseacceptance.latency;

import java.util.ArrayList;
import java.util.List;

/**
 * Every notification latency of the run, by transition ("NOT_READY -> LOGOUT"), for the run's latency
 * chart. Scenarios run in parallel, so recording is synchronized.
 */
public final class LatencyLog {

    /** One awaited notification: from the request leaving to the notification reaching the feed. */
    public record Sample(String transition, double millis) {
    }

    private final List<Sample> samples = new ArrayList<>();

    public synchronized void record(String transition, double millis) {
        samples.add(new Sample(transition, millis));
    }

    public synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    public synchronized void clear() {
        samples.clear();
    }

    /** Everything recorded so far, leaving the log empty for the next run in this JVM. */
    public synchronized List<Sample> drain() {
        List<Sample> taken = List.copyOf(samples);
        samples.clear();
        return taken;
    }
}
