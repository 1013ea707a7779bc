package io.finesseacceptance.latency;

import java.util.Collection;
import org.HdrHistogram.Histogram;

/**
 * Count, p50, p95, p99 and max of a set of latencies, in milliseconds: the one summary the report, the
 * upgrade baseline, load and the benchmarks share. Computed by HdrHistogram over microseconds with three
 * significant digits; a percentile is the smallest recorded value that at least that share of samples
 * does not exceed (nearest rank), never an interpolation.
 */
public record LatencySummary(long count, double p50, double p95, double p99, double max) {

    /** An hour: no latency the suite waits for comes near it. */
    public static final long HIGHEST_TRACKABLE_MICROS = 3_600_000_000L;
    public static final int SIGNIFICANT_DIGITS = 3;

    /** An empty histogram of microseconds, as every summary is made from. */
    public static Histogram histogram() {
        return new Histogram(HIGHEST_TRACKABLE_MICROS, SIGNIFICANT_DIGITS);
    }

    public static Histogram histogramOfMillis(Collection<? extends Number> millis) {
        Histogram histogram = histogram();
        millis.forEach(ms -> histogram.recordValue(micros(ms.doubleValue())));
        return histogram;
    }

    private static long micros(double millis) {
        return Math.max(0, Math.min(HIGHEST_TRACKABLE_MICROS, Math.round(millis * 1000)));
    }

    public static LatencySummary ofMillis(Collection<? extends Number> millis) {
        return of(histogramOfMillis(millis));
    }

    public static LatencySummary of(Histogram micros) {
        return new LatencySummary(micros.getTotalCount(), millis(micros.getValueAtPercentile(50)),
                millis(micros.getValueAtPercentile(95)), millis(micros.getValueAtPercentile(99)),
                millis(micros.getMaxValue()));
    }

    /** The same figures to a tenth of a millisecond, as the report and the baseline show them. */
    public LatencySummary toTenths() {
        return new LatencySummary(count, tenths(p50), tenths(p95), tenths(p99), tenths(max));
    }

    public static double tenths(double millis) {
        return Math.round(millis * 10) / 10.0;
    }

    private static double millis(long micros) {
        return micros / 1000.0;
    }
}
