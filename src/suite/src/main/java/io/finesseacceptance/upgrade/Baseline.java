package io.finesseacceptance.upgrade;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a lab did in one or more runs of the suite, as the baseline file holds it: SystemInfo, the shape of
 * every document met, the reason codes, the answer and notifications of every request the scenarios sent,
 * the notification latency per transition and each scenario's outcome. No values that change from run to
 * run (timestamps, request ids), no passwords, and no host names unless asked.
 *
 * <p>Recorded from two or more runs of the same release, {@code noise} lists what differed between them
 * (Diffy's primary and secondary): a comparison never reports those.
 *
 * @param runs the runs of the old release merged into this baseline
 */
@JsonPropertyOrder(alphabetic = true)
public record Baseline(String format, int runs, String recordedWith, SortedMap<String, String> systemInfo,
                       SortedMap<String, SortedSet<String>> documents,
                       SortedMap<String, SortedSet<String>> notifications,
                       SortedMap<String, SortedSet<String>> reasonCodes,
                       SortedMap<String, RequestOutcome> requests, SortedMap<String, String> scenarios,
                       SortedMap<String, TransitionLatencyRecord> latency, SortedSet<String> noise) {

    public static final String FORMAT = "finesse-acceptance upgrade baseline 1";

    public Baseline {
        systemInfo = new TreeMap<>(systemInfo);
        documents = copy(documents);
        notifications = copy(notifications);
        reasonCodes = copy(reasonCodes);
        requests = new TreeMap<>(requests);
        scenarios = new TreeMap<>(scenarios);
        latency = new TreeMap<>(latency);
        noise = new TreeSet<>(noise);
    }

    /**
     * What one request caused: Finesse's answer, what became of it, and the notifications it caused.
     *
     * @param answer        e.g. "202, empty body" or "400 Invalid State"
     * @param outcome       accepted, refused at once, refused after accepting (202 then an error Update), ...
     * @param notifications e.g. "PUT user NOT_READY with a reason", "error Update: Invalid State"
     */
    @JsonPropertyOrder({"answer", "outcome", "notifications"})
    public record RequestOutcome(String answer, String outcome, List<String> notifications) {

        public RequestOutcome {
            notifications = List.copyOf(notifications);
        }
    }

    /**
     * The notification latency of one transition: HdrHistogram's figures over every sample of every run,
     * each run's own p50 and p95 (their spread is the runs' noise), and the samples, for the comparison's
     * bootstrap interval.
     */
    @JsonPropertyOrder({"count", "p50Ms", "p95Ms", "p99Ms", "maxMs", "runP50Ms", "runP95Ms", "samplesMs"})
    public record TransitionLatencyRecord(int count, double p50Ms, double p95Ms, double p99Ms, double maxMs,
                                          List<Double> runP50Ms, List<Double> runP95Ms, List<Double> samplesMs) {

        public TransitionLatencyRecord {
            runP50Ms = List.copyOf(runP50Ms);
            runP95Ms = List.copyOf(runP95Ms);
            samplesMs = List.copyOf(samplesMs);
        }
    }

    private static SortedMap<String, SortedSet<String>> copy(SortedMap<String, SortedSet<String>> map) {
        SortedMap<String, SortedSet<String>> copy = new TreeMap<>();
        map.forEach((key, values) -> copy.put(key, new TreeSet<>(values)));
        return copy;
    }
}
