package io.finesseacceptance.latency;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How long Finesse took to announce one kind of transition during a run: p50, p95 and max ({@link LatencySummary}). */
public record TransitionLatency(String transition, int count, double p50, double p95, double max) {

    /** One entry per transition, in alphabetical order so that runs compare line by line. */
    public static List<TransitionLatency> of(List<LatencyLog.Sample> samples) {
        Map<String, List<Double>> byTransition = samples.stream().collect(Collectors.groupingBy(
                LatencyLog.Sample::transition, TreeMap::new,
                Collectors.mapping(LatencyLog.Sample::millis, Collectors.toList())));
        return byTransition.entrySet().stream()
                .map(entry -> summarize(entry.getKey(), entry.getValue()))
                .toList();
    }

    private static TransitionLatency summarize(String transition, List<Double> millis) {
        LatencySummary summary = LatencySummary.ofMillis(millis).toTenths();
        return new TransitionLatency(transition, (int) summary.count(), summary.p50(), summary.p95(), summary.max());
    }
}
