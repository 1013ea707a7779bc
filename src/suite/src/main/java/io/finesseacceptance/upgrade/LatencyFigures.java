package io.finesseacceptance.upgrade;

import io.finesseacceptance.latency.LatencySummary;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * A baseline's latency record of one transition: the {@link LatencySummary} of every sample, as the report
 * and load compute it, plus each run's own p50 and p95 and the samples, which the comparison needs.
 */
final class LatencyFigures {

    private LatencyFigures() {
    }

    static Baseline.TransitionLatencyRecord of(List<List<Double>> runs) {
        Histogram all = LatencySummary.histogram();
        List<Double> samples = new ArrayList<>();
        List<Double> runP50 = new ArrayList<>();
        List<Double> runP95 = new ArrayList<>();
        for (List<Double> run : runs) {
            if (run.isEmpty()) {
                continue;
            }
            Histogram one = LatencySummary.histogramOfMillis(run);
            all.add(one);
            LatencySummary ofRun = LatencySummary.of(one).toTenths();
            runP50.add(ofRun.p50());
            runP95.add(ofRun.p95());
            run.forEach(ms -> samples.add(round(ms)));
        }
        samples.sort(Double::compare);
        return record(all, runP50, runP95, samples);
    }

    private static Baseline.TransitionLatencyRecord record(Histogram all, List<Double> runP50, List<Double> runP95,
                                                           List<Double> samples) {
        LatencySummary summary = LatencySummary.of(all).toTenths();
        return new Baseline.TransitionLatencyRecord((int) summary.count(), summary.p50(), summary.p95(), summary.p99(),
                summary.max(), runP50, runP95, samples);
    }

    static double round(double millis) {
        return LatencySummary.tenths(millis);
    }

    /** Two baselines' figures for one transition as one: all samples, each run's own p50 and p95 kept. */
    static Baseline.TransitionLatencyRecord merged(Baseline.TransitionLatencyRecord a, Baseline.TransitionLatencyRecord b) {
        List<Double> samples = new ArrayList<>(a.samplesMs());
        samples.addAll(b.samplesMs());
        samples.sort(Double::compare);
        Histogram all = LatencySummary.histogramOfMillis(samples);
        List<Double> runP50 = new ArrayList<>(a.runP50Ms());
        runP50.addAll(b.runP50Ms());
        List<Double> runP95 = new ArrayList<>(a.runP95Ms());
        runP95.addAll(b.runP95Ms());
        return record(all, runP50, runP95, samples);
    }
}
