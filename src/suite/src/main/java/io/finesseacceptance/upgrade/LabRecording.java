package io.finesseacceptance.upgrade;

import io.finesseacceptance.agent.ConfirmationListener;
import io.finesseacceptance.agent.StateChange;
import io.finesseacceptance.agent.StateConfirmation;
import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.rest.ExchangeListener;
import io.finesseacceptance.rest.FinesseResponse;
import io.finesseacceptance.rest.FinesseRestClient;
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
import java.util.Optional;
import java.util.Set;
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
 * ({@link #sidesAt}); until then, and on one node, everything is the primary's.
 */
public final class LabRecording implements ExchangeListener, ConfirmationListener {

    /** The latency entry that pools every transition's samples. */
    public static final String ALL_TRANSITIONS = "every state change";
    static final String HOST_NAME_NOT_RECORDED = "(a host name: not recorded)";
    private static final String SYSTEM_INFO = "SystemInfo";

    private final boolean active;
    private final boolean hostNames;
    private SideByBaseUrl sides = SideByBaseUrl.oneSide();
    /** By node ({@link SideByBaseUrl#nodeOf}): the preflight reads a side before it is known to be which. */
    private final Map<String, SideObservations> answeredByNode = new HashMap<>();
    private final Map<Side, SideObservations> heardBySide = new EnumMap<>(Side.class);
    /** The node each change's PUT went to, by requestId: the side that took it. */
    private final Map<String, String> nodeOfRequest = new HashMap<>();
    private final List<ScenarioRecord> scenarios = new ArrayList<>();
    private final List<LatencySample> latency = new ArrayList<>();

    private record LatencySample(String transition, String node, double millis) {
    }

    private LabRecording(boolean active, boolean hostNames) {
        this.active = active;
        this.hostNames = hostNames;
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
        this.sides = SideByBaseUrl.of(baseUrls);
    }

    @Override
    public synchronized void exchanged(HttpExchange exchange) {
        if (!active) {
            return;
        }
        String node = SideByBaseUrl.nodeOf(exchange.url());
        requestId(exchange).ifPresent(id -> nodeOfRequest.put(id, node));
        if (exchange.responseBody() == null || exchange.responseBody().isBlank()) {
            return;
        }
        SideObservations side = answeredByNode.computeIfAbsent(node, n -> new SideObservations());
        XmlNode root;
        try {
            root = XmlNode.parse(exchange.responseBody());
        } catch (XmlNode.MalformedXmlException notXml) {
            side.document("not XML (" + exchange.method() + " " + resource(exchange.url()) + ")",
                    new TreeSet<>(Set.of("text")));
            return;
        }
        String kind = root.is("ApiErrors") ? "ApiErrors" : root.name() + " (" + exchange.method() + ")";
        side.document(kind, DocumentShape.of(root));
        if (root.is(SYSTEM_INFO)) {
            side.systemInfo(systemInfoFields(root));
        }
        if (root.is("ReasonCodes")) {
            for (ReasonCode code : FinesseDocuments.reasonCodes(root)) {
                side.reasonCode(code.category().isBlank() ? "(no category)" : code.category(),
                        "id %s: code %s, %s".formatted(code.id(), code.code(), code.label()));
            }
        }
    }

    private static Optional<String> requestId(HttpExchange exchange) {
        return exchange.requestHeaders().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(FinesseRestClient.REQUEST_ID_HEADER))
                .flatMap(header -> header.getValue().stream()).findFirst();
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
        String node = nodeOfRequest.get(change.requestId());
        confirmation.announced().ifPresent(announced -> latency.add(new LatencySample(
                change.request().state() + " requested", node == null ? "" : node,
                (announced.notification().landedNanos() - change.sentNanos()) / 1e6)));
    }

    public synchronized void scenarioEnded(ScenarioRecord scenario) {
        if (!active) {
            return;
        }
        scenarios.add(scenario);
        scenario.seen().forEach((side, seen) -> {
            SideObservations heard = heardBySide.computeIfAbsent(side, s -> new SideObservations());
            seen.forEach(notification -> notified(heard, notification));
        });
    }

    private static void notified(SideObservations side, UserNotification notification) {
        side.notificationForm("envelope", notification.envelope().describe());
        side.notificationForm("event spelling", notification.event().isBlank() ? "(no event)" : notification.event());
        side.notificationForm("source spelling", notification.source().isBlank() ? "(no source)"
                : notification.source().replaceAll("/User/[^/]+", "/User/{id}"));
        try {
            XmlNode update = XmlNode.parse(notification.payload());
            XmlNode root = update.is("Update") ? update : update.find("Update").orElse(update);
            side.document("Update (XMPP)", DocumentShape.of(root));
        } catch (XmlNode.MalformedXmlException unreadable) {
            side.document("Update (XMPP)", new TreeSet<>(Set.of("(unreadable)")));
        }
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
                requests.put(request, outcomeOf(asked, caused, scenario.agentIds()));
                Side tookIt = Optional.ofNullable(nodeOfRequest.get(asked.requestId())).map(sides::sideOf)
                        .orElse(asked.side());
                answered.computeIfAbsent(tookIt, s -> new TreeSet<>()).add(request);
                // whether the side that did not take a request echoes its requestId is a documented-open point
                // of its own (the run's documented forms say which): only the side that took it counts here
                if (tookIt == asked.side()) {
                    caused.forEach(n -> requestIds.computeIfAbsent(tookIt, s -> new TreeSet<>())
                            .add(n.hasRequestId() ? "echoed" : "not echoed"));
                }
            }
        }
        Map<Side, SideRecord> bySide = new EnumMap<>(Side.class);
        for (Side side : sides.twoSides() ? List.of(Side.PRIMARY, Side.SECONDARY) : List.of(Side.PRIMARY)) {
            bySide.put(side, sideRecord(side, requestIds, answered));
        }
        SideRecord primary = bySide.get(Side.PRIMARY);
        return new Baseline(Baseline.FORMAT, 1, recordedWith, primary.systemInfo(), primary.documents(),
                primary.optionalElements(), primary.notifications(), primary.reasonCodes(), requests, outcomes,
                latencyFigures(), new TreeSet<>(), bySide.get(Side.SECONDARY));
    }

    /** What {@code side} answered and its desks heard; on one node, everything. */
    private SideRecord sideRecord(Side side, Map<Side, SortedSet<String>> requestIds,
                                  Map<Side, SortedSet<String>> answered) {
        boolean everything = !sides.twoSides();
        SideObservations seen = new SideObservations();
        answeredByNode.forEach((node, observed) -> {
            if (everything || sides.sideOf(node) == side) {
                seen.addAll(observed);
            }
        });
        heardBySide.forEach((heardOn, heard) -> {
            if (everything || heardOn == side) {
                seen.addAll(heard);
            }
        });
        SortedSet<String> ids = new TreeSet<>();
        requestIds.forEach((tookIt, forms) -> {
            if (everything || tookIt == side) {
                ids.addAll(forms);
            }
        });
        return seen.toRecord(ids.isEmpty() ? new TreeMap<>() : new TreeMap<>(Map.of("requestId", ids)),
                answered.getOrDefault(side, new TreeSet<>()));
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

    private static Baseline.RequestOutcome outcomeOf(AskedRequest asked, List<UserNotification> causedBy,
                                                     List<String> agentIds) {
        FinesseResponse answer = asked.answer();
        List<String> caused = causedBy.stream().map(n -> describe(n, agentIds)).sorted().toList();
        boolean errorUpdate = causedBy.stream().anyMatch(UserNotification::isError);
        String outcome;
        if (answer.status() >= 400) {
            outcome = asked.stateChange() ? "refused at once" : "refused";
        } else if (!asked.stateChange()) {
            outcome = "answered";
        } else if (errorUpdate) {
            outcome = "refused after accepting (an error Update)";
        } else if (caused.isEmpty()) {
            outcome = "accepted, nothing announced";
        } else {
            outcome = "accepted and announced";
        }
        return new Baseline.RequestOutcome(answerOf(answer, agentIds), outcome, caused);
    }

    private static String answerOf(FinesseResponse answer, List<String> agentIds) {
        String body;
        if (answer.hasEmptyBody()) {
            body = "empty body";
        } else if (!answer.apiErrors().isEmpty()) {
            body = answer.apiErrors().stream().map(e -> error(e, agentIds)).collect(Collectors.joining(", "));
        } else {
            body = rootName(answer.body()) + " body";
        }
        return answer.status() + ", " + body;
    }

    private static String rootName(String body) {
        try {
            return XmlNode.parse(body).name();
        } catch (XmlNode.MalformedXmlException notXml) {
            return "non-XML";
        }
    }

    private static String error(ApiError error, List<String> agentIds) {
        String data = error.errorData() == null ? "" : error.errorData().trim();
        return error.errorType() + (data.isEmpty() ? "" : " (" + (agentIds.contains(data) ? "{agent id}" : data) + ")");
    }

    static String describe(UserNotification notification, List<String> agentIds) {
        if (notification.isError()) {
            return "error Update: " + notification.errors().stream().map(e -> error(e, agentIds))
                    .collect(Collectors.joining(", "));
        }
        String event = notification.event().isBlank() ? "Update" : notification.event();
        return notification.user().map(user -> event + " user " + user.state()
                        + (user.reasonCode().isPresent() ? " with a reason" : ""))
                .orElse(event + " without user data");
    }

    /** The fields a release or a reconfiguration changes; no clocks, no heartbeats, host names only if asked. */
    private Map<String, String> systemInfoFields(XmlNode info) {
        Map<String, String> fields = new TreeMap<>();
        for (XmlNode child : info.children()) {
            String name = child.name();
            boolean version = name.toLowerCase(Locale.ROOT).contains("version");
            if (version || List.of("deploymentType", "status", "systemAuthMode").contains(name)) {
                fields.put(name, child.text());
            }
        }
        String domain = info.childText("xmppDomain");
        String pubSub = info.childText("xmppPubSubDomain");
        fields.put("xmppDomain", hostNames ? domain : HOST_NAME_NOT_RECORDED);
        fields.put("xmppPubSubDomain", hostNames ? pubSub
                : pubSub.isBlank() ? "(empty)" : pubSub.equalsIgnoreCase("pubsub." + domain) ? "pubsub.<xmppDomain>"
                : HOST_NAME_NOT_RECORDED);
        return fields;
    }

    private static String resource(String url) {
        String path = URI.create(url).getPath();
        return path.replaceAll("/User/[^/]+", "/User/{id}");
    }
}
