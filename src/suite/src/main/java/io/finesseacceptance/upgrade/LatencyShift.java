package io.finesseacceptance.upgrade;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Whether one transition's notification latency moved beyond run-to-run noise, and the figures that say
 * so. For p50 and p95 alike: a 95 % bootstrap interval of the difference (after minus before, 2000
 * resamples of each side's samples, a fixed seed so the same files give the same verdict), and a floor the
 * difference must also clear: the spread of that percentile between the baseline's own runs, and never less
 * than 5 ms and half the baseline's p50 (10 ms and the whole p95 for p95). Scheduling jitter on a busy
 * machine moves small latencies by a few milliseconds and tails by their own size; a real regression (a
 * CTI link three times slower) clears both.
 */
public record LatencyShift(String transition, int samplesBefore, int samplesAfter, Percentile p50, Percentile p95) {

    static final int MIN_SAMPLES = 5;
    /** A p95 of fewer samples is one of the last two: a tail, which one unlucky pause moves by its own size. */
    static final int MIN_SAMPLES_FOR_P95 = 20;
    private static final int RESAMPLES = 2000;
    private static final long SEED = 20_261_202L;

    /**
     * One percentile before and after.
     *
     * @param low  lower end of the 95 % bootstrap interval of {@code after - before}
     * @param high upper end
     */
    public record Percentile(double before, double after, double low, double high, double floor) {

        public double difference() {
            return after - before;
        }

        public boolean beyondNoise() {
            boolean intervalExcludesZero = low > 0 || high < 0;
            return intervalExcludesZero && Math.abs(difference()) >= floor;
        }

        String describe(String name) {
            return String.format(Locale.ROOT, "%s %.1f → %.1f ms (%+.1f ms, 95%% interval %+.1f to %+.1f, noise floor %.1f)",
                    name, before, after, difference(), low, high, floor);
        }
    }

    public boolean judged() {
        return samplesBefore >= MIN_SAMPLES && samplesAfter >= MIN_SAMPLES;
    }

    public boolean shifted() {
        return judged() && (p50.beyondNoise() || (p95Judged() && p95.beyondNoise()));
    }

    public boolean p95Judged() {
        return samplesBefore >= MIN_SAMPLES_FOR_P95 && samplesAfter >= MIN_SAMPLES_FOR_P95;
    }

    static LatencyShift between(String transition, Baseline.TransitionLatencyRecord before, List<Double> after) {
        double[] base = sorted(before.samplesMs());
        double[] cand = sorted(after);
        Random random = new Random(SEED ^ transition.hashCode());
        double baseP50 = percentile(base, 50);
        double baseP95 = percentile(base, 95);
        Percentile p50 = percentile(base, cand, 50, random,
                Math.max(5, Math.max(0.5 * baseP50, spread(before.runP50Ms()))));
        Percentile p95 = percentile(base, cand, 95, random,
                Math.max(10, Math.max(baseP95, spread(before.runP95Ms()))));
        return new LatencyShift(transition, base.length, cand.length, p50, p95);
    }

    private static Percentile percentile(double[] base, double[] cand, int pct, Random random, double floor) {
        double before = percentile(base, pct);
        double after = percentile(cand, pct);
        if (base.length == 0 || cand.length == 0) {
            return new Percentile(before, after, 0, 0, floor);
        }
        double[] differences = new double[RESAMPLES];
        double[] baseDraw = new double[base.length];
        double[] candDraw = new double[cand.length];
        for (int i = 0; i < RESAMPLES; i++) {
            differences[i] = percentile(resample(cand, candDraw, random), pct)
                    - percentile(resample(base, baseDraw, random), pct);
        }
        Arrays.sort(differences);
        return new Percentile(round(before), round(after), round(differences[(int) (0.025 * RESAMPLES)]),
                round(differences[(int) (0.975 * RESAMPLES) - 1]), round(floor));
    }

    private static double[] resample(double[] from, double[] into, Random random) {
        for (int i = 0; i < into.length; i++) {
            into[i] = from[random.nextInt(from.length)];
        }
        Arrays.sort(into);
        return into;
    }

    /** Nearest rank, as the run summary's table computes it. */
    static double percentile(double[] sorted, int pct) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static double spread(List<Double> values) {
        return values.size() < 2 ? 0 : values.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                - values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
