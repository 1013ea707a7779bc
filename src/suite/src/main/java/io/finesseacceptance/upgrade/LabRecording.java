package io.finesseacceptance.upgrade;

import io.finesseacceptance.agent.ConfirmationListener;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.agent.StateConfirmation;
import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.HttpExchange;
import io.finesseacceptance.settings.Side;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything one run of the features showed about the lab, gathered as it happens (HTTP exchanges,
 * notifications, each scenario's requests, latencies) and turned into a {@link Baseline} at the end.
 * Scenarios run in parallel, so every method is synchronized; a recording that is off does nothing.
 *
 * <p>On a deployment of two sides it keeps what each side showed: an exchange belongs to the side whose base
 * URL its URL starts with, a notification to the side of the desk that heard it, a confirmed change to the
 * side its PUT went to. Which base URL is which side is known once the deployment is connected
 * ({@link #sidesAt}); until then, and on one node, everything is the primary's ({@link ObservationsBySide}).
 */
public final class LabRecording implements ExchangeListener, ConfirmationListener {

    /** The latency entry that pools every transition's samples. */
    public static final String ALL_TRANSITIONS = "every state change";

    private final boolean active;
    private final ObservationsBySide sides;
    private final List<ScenarioRecord> scenarios = new ArrayList<>();
    private final List<LatencySample> latency = new ArrayList<>();

    private record LatencySample(String transition, String node, double millis) {
    }

    private LabRecording(boolean active, boolean hostNames) {
        this.active = active;
        this.sides = new ObservationsBySide(hostNames);
    }

    /** A recording for a run that records or compares a baseline. */
    public static LabRecording on(boolean hostNames) {
        return new LabRecording(true, hostNames);
    }

    /** For a run that does neither: costs nothing. */
    public static LabRecording off() {
        return new LabRecording(false, false);
    }

    public boolean active() {
        return active;
    }

    /** The base URL of each side of the connected deployment (one entry for a single node). */
    public synchronized void sidesAt(Map<Side, URI> baseUrls) {
        sides.sidesAt(baseUrls);
    }

    @Override
    public synchronized void exchanged(HttpExchange exchange) {
        if (!active) {
            return;
        }
        sides.exchanged(exchange);
    }

    /**
     * Times every change confirmed by its notification, the scenarios' and their preparations' alike: from
     * the request leaving to the notification reaching the feed, by the state requested, as the run summary
     * names them. A change confirmed by reading back (the session was down) has no latency to give. The
     * listener is told no desk: the PUT's own exchange, which carried the requestId, tells the side.
     */
    @Override
    public synchronized void confirmed(StateChange change, StateConfirmation confirmation) {
        if (!active) {
            return;
        }
        String node = sides.nodeThatTook(change.requestId()).orElse("");
        confirmation.announced().ifPresent(announced -> latency.add(new LatencySample(
                change.request().state() + " requested", node,
                (announced.notification().landedNanos() - change.sentNanos()) / 1e6)));
    }

    public synchronized void scenarioEnded(ScenarioRecord scenario) {
        if (!active) {
            return;
        }
        scenarios.add(scenario);
        scenario.seen().forEach((side, seen) -> seen.forEach(notification -> sides.heard(side, notification)));
    }

    /** This run as a baseline of one run; of two sides when the deployment had two. */
    public synchronized Baseline toBaseline(String recordedWith) {
        SortedMap<String, Baseline.RequestOutcome> requests = new TreeMap<>();
        SortedMap<String, String> outcomes = new TreeMap<>();
        Map<Side, SortedSet<String>> requestIds = new EnumMap<>(Side.class);
        Map<Side, SortedSet<String>> answered = new EnumMap<>(Side.class);
        Map<String, String> names = scenarioKeys();
        for (ScenarioRecord scenario : scenarios) {
            String key = names.get(identity(scenario));
            outcomes.put(key, scenario.status().toLowerCase(Locale.ROOT));
            Map<String, Integer> kinds = new HashMap<>();
            for (AskedRequest asked : scenario.asked()) {
                int nth = kinds.merge(asked.kind(), 1, Integer::sum);
                String request = key + " / " + asked.kind() + (nth > 1 ? " #" + nth : "");
                List<UserNotification> caused = causedBy(asked);
                requests.put(request, RequestOutcomes.of(asked, caused, scenario.agentIds()));
                Side tookIt = sides.sideThatTook(asked);
                answered.computeIfAbsent(tookIt, s -> new TreeSet<>()).add(request);
                // whether the side that did not take a request echoes its requestId is a documented-open point
                // of its own (the run's documented forms say which): only the side that took it counts here
                if (tookIt == asked.side()) {
                    caused.forEach(n -> requestIds.computeIfAbsent(tookIt, s -> new TreeSet<>())
                            .add(n.hasRequestId() ? "echoed" : "not echoed"));
                }
            }
        }
        Map<Side, SideRecord> bySide = sides.records(requestIds, answered);
        SideRecord primary = bySide.get(Side.PRIMARY);
        return new Baseline(Baseline.FORMAT, 1, recordedWith, primary.systemInfo(), primary.documents(),
                primary.optionalElements(), primary.notifications(), primary.reasonCodes(), requests, outcomes,
                latencyFigures(), new TreeSet<>(), bySide.get(Side.SECONDARY));
    }

    private SortedMap<String, Baseline.TransitionLatencyRecord> latencyFigures() {
        SortedMap<String, Baseline.TransitionLatencyRecord> figures = new TreeMap<>();
        Map<String, List<Double>> byTransition = new HashMap<>();
        Map<Side, List<Double>> bySide = new EnumMap<>(Side.class);
        for (LatencySample sample : latency) {
            byTransition.computeIfAbsent(sample.transition(), t -> new ArrayList<>()).add(sample.millis());
            bySide.computeIfAbsent(sides.sideOf(sample.node()), s -> new ArrayList<>()).add(sample.millis());
        }
        byTransition.forEach((transition, samples) -> figures.put(transition, LatencyFigures.of(List.of(samples))));
        // pooled, a slower CTI link shows with enough samples for p95 even where each transition has few
        List<Double> pooled = latency.stream().map(LatencySample::millis).toList();
        if (!pooled.isEmpty()) {
            figures.put(ALL_TRANSITIONS, LatencyFigures.of(List.of(pooled)));
        }
        if (sides.twoSides()) {
            // one side's slower CTI link or notification service shows in its own pool
            bySide.forEach((side, samples) -> figures.put(allTransitionsOn(side), LatencyFigures.of(List.of(samples))));
        }
        return figures;
    }

    /** The latency entry that pools {@code side}'s samples, on a deployment of two sides. */
    public static String allTransitionsOn(Side side) {
        return ALL_TRANSITIONS + " on the " + side.label() + " side";
    }

    /** Scenario names, told apart by their row (in line order) where an outline's rows share one. */
    private Map<String, String> scenarioKeys() {
        Map<String, List<ScenarioRecord>> byName = scenarios.stream()
                .collect(Collectors.groupingBy(s -> s.feature() + ": " + s.name(), TreeMap::new, Collectors.toList()));
        Map<String, String> keys = new HashMap<>();
        byName.forEach((name, same) -> {
            List<ScenarioRecord> sorted = same.stream().sorted(Comparator.comparingInt(ScenarioRecord::line)).toList();
            for (int i = 0; i < sorted.size(); i++) {
                keys.put(identity(sorted.get(i)), sorted.size() == 1 ? name : name + " [row " + (i + 1) + "]");
            }
        });
        return keys;
    }

    private static String identity(ScenarioRecord scenario) {
        return scenario.feature() + "#" + scenario.line() + "#" + scenario.name();
    }

    /**
     * The notifications a request caused. On two sides, one without a requestId may be the other side's copy
     * of an earlier change, landing after the request was sent: where the request's own requestId came back,
     * only those carrying it count. One node keeps every candidate, as baselines recorded before did.
     */
    private List<UserNotification> causedBy(AskedRequest asked) {
        if (!sides.twoSides() || asked.requestId().isEmpty()) {
            return asked.caused();
        }
        List<UserNotification> echoed = asked.caused().stream()
                .filter(notification -> asked.requestId().equals(notification.requestId())).toList();
        return echoed.isEmpty() ? asked.caused() : echoed;
    }
}
