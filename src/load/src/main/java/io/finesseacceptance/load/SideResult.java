package io.finesseacceptance.load;

import io.finesseacceptance.latency.LatencySummary;
import io.finesseacceptance.settings.Side;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.HdrHistogram.Histogram;

/**
 * What one side of a two-side run did: its agents, and its per-transition counts and latencies (which the
 * run's totals include).
 *
 * @param agents virtual agents driven on this side (sessions up)
 */
record SideResult(Side side, int agents, List<TransitionStats> transitions) {

    SideResult {
        transitions = List.copyOf(transitions);
    }

    long requests() {
        return sum(TransitionStats::requests);
    }

    /** State changes confirmed by their notification: one per notification received. */
    long changes() {
        return sum(TransitionStats::receivedCount);
    }

    long errors() {
        return sum(TransitionStats::errorCount);
    }

    long missing() {
        return sum(TransitionStats::missingCount);
    }

    /** Every transition's PUT latency on this side together, in microseconds. */
    Histogram putLatency() {
        return together(TransitionStats::putLatency);
    }

    Histogram notificationLatency() {
        return together(TransitionStats::notificationLatency);
    }

    private long sum(ToLongFunction<TransitionStats> count) {
        return transitions.stream().mapToLong(count).sum();
    }

    private Histogram together(Function<TransitionStats, Histogram> latency) {
        Histogram all = LatencySummary.histogram();
        transitions.forEach(one -> all.add(latency.apply(one)));
        return all;
    }
}
