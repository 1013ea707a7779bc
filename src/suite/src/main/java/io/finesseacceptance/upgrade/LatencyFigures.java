package io.finesseacceptance.upgrade;

import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Count, p50, p95, p99 and max of a set of latencies, by HdrHistogram (microsecond resolution, three
 * significant digits), so a baseline's figures and a load run's are computed the same way.
 */
final class LatencyFigures {

    private static final long HIGHEST_TRACKABLE_MICROS = 3_600_000_000L;

    private LatencyFigures() {
    }

    static Baseline.TransitionLatencyRecord of(List<List<Double>> runs) {
        Histogram all = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
        List<Double> samples = new ArrayList<>();
        List<Double> runP50 = new ArrayList<>();
        List<Double> runP95 = new ArrayList<>();
        for (List<Double> run : runs) {
            if (run.isEmpty()) {
                continue;
            }
            Histogram one = histogram(run);
            all.add(one);
            runP50.add(millis(one.getValueAtPercentile(50)));
            runP95.add(millis(one.getValueAtPercentile(95)));
            run.forEach(ms -> samples.add(round(ms)));
        }
        samples.sort(Double::compare);
        return new Baseline.TransitionLatencyRecord((int) all.getTotalCount(), millis(all.getValueAtPercentile(50)),
                millis(all.getValueAtPercentile(95)), millis(all.getValueAtPercentile(99)), millis(all.getMaxValue()),
                runP50, runP95, samples);
    }

    static Histogram histogram(List<Double> millis) {
        Histogram histogram = new Histogram(HIGHEST_TRACKABLE_MICROS, 3);
        millis.forEach(ms -> histogram.recordValue(Math.max(0, Math.min(HIGHEST_TRACKABLE_MICROS, Math.round(ms * 1000)))));
        return histogram;
    }

    private static double millis(long micros) {
        return round(micros / 1000.0);
    }

    static double round(double millis) {
        return Math.round(millis * 10) / 10.0;
    }

    /** Two baselines' figures for one transition as one: all samples, each run's own p50 and p95 kept. */
    static Baseline.TransitionLatencyRecord merged(Baseline.TransitionLatencyRecord a, Baseline.TransitionLatencyRecord b) {
        List<Double> samples = new ArrayList<>(a.samplesMs());
        samples.addAll(b.samplesMs());
        samples.sort(Double::compare);
        Histogram all = histogram(samples);
        List<Double> runP50 = new ArrayList<>(a.runP50Ms());
        runP50.addAll(b.runP50Ms());
        List<Double> runP95 = new ArrayList<>(a.runP95Ms());
        runP95.addAll(b.runP95Ms());
        return new Baseline.TransitionLatencyRecord((int) all.getTotalCount(), millis(all.getValueAtPercentile(50)),
                millis(all.getValueAtPercentile(95)), millis(all.getValueAtPercentile(99)), millis(all.getMaxValue()),
                runP50, runP95, samples);
    }
}
