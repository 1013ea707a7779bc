package io.finesseacceptance.load;

import io.finesseacceptance.latency.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The counts and latencies of one transition over a run, written by many threads at once: requests,
 * 202s, errors by type, notifications expected, received and missing (the first few missing ones by
 * name), PUT latency and notification latency in microseconds (HdrHistogram recorders, so intervals can
 * be logged while the run goes on).
 */
final class TransitionStats {

    private static final int NAMED_MISSING = 20;

    private final Transition transition;
    private final LongAdder requests = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final LongAdder expected = new LongAdder();
    private final LongAdder received = new LongAdder();
    private final LongAdder missing = new LongAdder();
    private final AtomicInteger namedMissing = new AtomicInteger();
    private final Queue<String> missingNames = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final Recorder putRecorder = new Recorder(LatencySummary.HIGHEST_TRACKABLE_MICROS, LatencySummary.SIGNIFICANT_DIGITS);
    private final Recorder notificationRecorder = new Recorder(LatencySummary.HIGHEST_TRACKABLE_MICROS, LatencySummary.SIGNIFICANT_DIGITS);
    private final Histogram putTotal = LatencySummary.histogram();
    private final Histogram notificationTotal = LatencySummary.histogram();

    TransitionStats(Transition transition) {
        this.transition = transition;
    }

    Transition transition() {
        return transition;
    }

    void requested() {
        requests.increment();
    }

    void accepted(long putNanos) {
        accepted.increment();
        expected.increment();
        putRecorder.recordValue(micros(putNanos));
    }

    void received(long notificationNanos) {
        received.increment();
        notificationRecorder.recordValue(micros(notificationNanos));
    }

    /** A notification that did not come in time: counted, and the first few named. */
    void missing(String what) {
        missing.increment();
        if (namedMissing.incrementAndGet() <= NAMED_MISSING) {
            missingNames.add(what);
        }
    }

    void error(String type) {
        errors.computeIfAbsent(type, key -> new LongAdder()).increment();
    }

    long requests() {
        return requests.sum();
    }

    long acceptedCount() {
        return accepted.sum();
    }

    long expectedCount() {
        return expected.sum();
    }

    long receivedCount() {
        return received.sum();
    }

    long missingCount() {
        return missing.sum();
    }

    List<String> missingNames() {
        return new ArrayList<>(missingNames);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errorsByType() {
        Map<String, Long> byType = new TreeMap<>();
        errors.forEach((type, count) -> byType.put(type, count.sum()));
        return byType;
    }

    /** What the recorders took since the last call, added to the run's totals as well. */
    synchronized Interval interval() {
        Histogram put = putRecorder.getIntervalHistogram();
        Histogram notification = notificationRecorder.getIntervalHistogram();
        putTotal.add(put);
        notificationTotal.add(notification);
        return new Interval(put, notification);
    }

    /** The run's totals; call {@link #interval()} first so the newest values are in. */
    synchronized Histogram putLatency() {
        return putTotal.copy();
    }

    synchronized Histogram notificationLatency() {
        return notificationTotal.copy();
    }

    private static long micros(long nanos) {
        return Math.max(0, Math.min(LatencySummary.HIGHEST_TRACKABLE_MICROS, nanos / 1000));
    }

    record Interval(Histogram put, Histogram notification) {
    }
}
