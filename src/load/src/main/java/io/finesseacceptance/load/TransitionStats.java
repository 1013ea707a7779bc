package io.finesseacceptance.load;

import io.finesseacceptance.latency.LatencySummary;
import io.finesseacceptance.settings.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * be logged while the run goes on). A side's stats (on a deployment of two sides) count every step into the
 * run's totals for the transition as well, so the sides always add up to the totals.
 */
final class TransitionStats {

    private static final int NAMED_MISSING = 20;

    private final Transition transition;
    private final Optional<Side> side;
    /** The run's totals for the transition, which a side's stats count into too; null for the totals. */
    private final TransitionStats total;
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

    /** The run's totals for {@code transition}. */
    TransitionStats(Transition transition) {
        this(transition, Optional.empty(), null);
    }

    private TransitionStats(Transition transition, Optional<Side> side, TransitionStats total) {
        this.transition = transition;
        this.side = side;
        this.total = total;
    }

    /** The transition's counts on {@code side}, each one counted into {@code total} as well. */
    static TransitionStats ofSide(Side side, TransitionStats total) {
        if (total.side.isPresent()) {
            throw new IllegalArgumentException("a side counts into the run's totals, not into another side");
        }
        return new TransitionStats(total.transition, Optional.of(side), total);
    }

    Transition transition() {
        return transition;
    }

    /** The side these counts are of; empty for the run's totals. */
    Optional<Side> side() {
        return side;
    }

    /** The .hlog tag of these counts' intervals: the transition, and for a side {@code .primary} or {@code .secondary}. */
    String tag() {
        return side.map(one -> transition.name() + "." + one.label()).orElse(transition.name());
    }

    void requested() {
        requests.increment();
        if (total != null) {
            total.requested();
        }
    }

    void accepted(long putNanos) {
        accepted.increment();
        expected.increment();
        putRecorder.recordValue(micros(putNanos));
        if (total != null) {
            total.accepted(putNanos);
        }
    }

    void received(long notificationNanos) {
        received.increment();
        notificationRecorder.recordValue(micros(notificationNanos));
        if (total != null) {
            total.received(notificationNanos);
        }
    }

    /** A notification that did not come in time: counted, and the first few named. */
    void missing(String what) {
        missing.increment();
        if (namedMissing.incrementAndGet() <= NAMED_MISSING) {
            missingNames.add(what);
        }
        if (total != null) {
            total.missing(what);
        }
    }

    void error(String type) {
        errors.computeIfAbsent(type, key -> new LongAdder()).increment();
        if (total != null) {
            total.error(type);
        }
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
