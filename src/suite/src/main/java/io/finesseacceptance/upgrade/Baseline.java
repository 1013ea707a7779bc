package io.finesseacceptance.upgrade;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.finesseacceptance.settings.Side;
import java.util.List;
import java.util.Set;
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
 * <p>A deployment's two sides may answer as different releases during a rolling upgrade, so what a side
 * shows is kept per side: the top level holds the primary's (the only side of a one-node deployment, and
 * everything a baseline from before sides were kept holds), {@code secondary} the secondary's. Requests,
 * scenarios and latency are the run's, over both sides; latency also has each side's pool.
 *
 * @param runs             the runs of the old release merged into this baseline
 * @param optionalElements see {@link SideRecord#optionalElements()}
 * @param secondary        what the secondary side showed; null when the deployment had one side
 */
@JsonPropertyOrder(alphabetic = true)
public record Baseline(String format, int runs, String recordedWith, SortedMap<String, String> systemInfo,
                       SortedMap<String, SortedSet<String>> documents,
                       SortedMap<String, SortedSet<String>> optionalElements,
                       SortedMap<String, SortedSet<String>> notifications,
                       SortedMap<String, SortedSet<String>> reasonCodes,
                       SortedMap<String, RequestOutcome> requests, SortedMap<String, String> scenarios,
                       SortedMap<String, TransitionLatencyRecord> latency, SortedSet<String> noise,
                       @JsonInclude(JsonInclude.Include.NON_NULL) SideRecord secondary) {

    /** Format 2 added the secondary side and the optional elements; a format 1 file is read as one side. */
    public static final String FORMAT = "finesse-acceptance upgrade baseline 2";
    static final Set<String> READABLE_FORMATS = Set.of("finesse-acceptance upgrade baseline 1", FORMAT);
    /** Noise keys of the secondary side start with this; the primary's have none. */
    static final String SECONDARY_NOISE = "secondary.";

    public Baseline {
        systemInfo = new TreeMap<>(systemInfo);
        documents = SideRecord.copy(documents);
        optionalElements = SideRecord.copy(optionalElements);
        notifications = SideRecord.copy(notifications);
        reasonCodes = SideRecord.copy(reasonCodes);
        requests = new TreeMap<>(requests);
        scenarios = new TreeMap<>(scenarios);
        latency = new TreeMap<>(latency);
        noise = new TreeSet<>(noise);
    }

    public boolean twoSides() {
        return secondary != null;
    }

    /**
     * What {@code side} showed; a baseline of one side answers for both, as that single node is what either
     * side of a later deployment is to be compared with.
     */
    public SideRecord side(Side side) {
        if (side == Side.SECONDARY && secondary != null) {
            return secondary;
        }
        SortedSet<String> answered = new TreeSet<>(requests.keySet());
        if (secondary != null) {
            answered.removeAll(secondary.answered());
        }
        return new SideRecord(systemInfo, documents, optionalElements, notifications, reasonCodes, answered);
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
}
