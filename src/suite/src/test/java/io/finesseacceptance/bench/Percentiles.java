package io.finesseacceptance.bench;

import java.util.Arrays;

/** Nearest-rank percentiles over a finished set of samples, in milliseconds. */
record Percentiles(double[] sortedMillis) {

    static Percentiles ofNanos(long[] nanos) {
        double[] millis = Arrays.stream(nanos).mapToDouble(n -> n / 1e6).sorted().toArray();
        return new Percentiles(millis);
    }

    double at(double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sortedMillis.length);
        return sortedMillis[Math.max(0, Math.min(sortedMillis.length - 1, rank - 1))];
    }

    String row(String name) {
        return "%-44s %9.3f %9.3f %9.3f".formatted(name, at(50), at(99), sortedMillis[sortedMillis.length - 1]);
    }
}
