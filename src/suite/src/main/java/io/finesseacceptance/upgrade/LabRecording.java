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
import io.finesseacceptance.rest.HttpExchange;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 */
public final class LabRecording implements ExchangeListener, ConfirmationListener {

    /** The latency entry that pools every transition's samples. */
    public static final String ALL_TRANSITIONS = "every state change";
    static final String HOST_NAME_NOT_RECORDED = "(a host name: not recorded)";
    private static final String SYSTEM_INFO = "SystemInfo";

    private final boolean active;
    private final boolean hostNames;
    private final SortedMap<String, String> systemInfo = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> documents = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> notifications = new TreeMap<>();
    private final SortedMap<String, SortedSet<String>> reasonCodes = new TreeMap<>();
    private final List<ScenarioRecord> scenarios = new ArrayList<>();
    private final Map<String, List<Double>> latency = new LinkedHashMap<>();

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

    @Override
    public synchronized void exchanged(HttpExchange exchange) {
        if (!active || exchange.responseBody() == null || exchange.responseBody().isBlank()) {
            return;
        }
        XmlNode root;
        try {
            root = XmlNode.parse(exchange.responseBody());
        } catch (XmlNode.MalformedXmlException notXml) {
            add(documents, "not XML (" + exchange.method() + " " + resource(exchange.url()) + ")", "text");
            return;
        }
        String kind = root.is("ApiErrors") ? "ApiErrors" : root.name() + " (" + exchange.method() + ")";
        documents.computeIfAbsent(kind, k -> new TreeSet<>()).addAll(DocumentShape.of(root));
        if (root.is(SYSTEM_INFO) && systemInfo.isEmpty()) {
            systemInfo.putAll(systemInfoFields(root));
        }
        if (root.is("ReasonCodes")) {
            for (ReasonCode code : FinesseDocuments.reasonCodes(root)) {
                add(reasonCodes, code.category().isBlank() ? "(no category)" : code.category(),
                        "id %s: code %s, %s".formatted(code.id(), code.code(), code.label()));
            }
        }
    }

    /**
     * Times every change confirmed by its notification, the scenarios' and their preparations' alike: from
     * the request leaving to the notification reaching the feed, by the state requested, as the run summary
     * names them. A change confirmed by reading back (the session was down) has no latency to give.
     */
    @Override
    public synchronized void confirmed(StateChange change, StateConfirmation confirmation) {
        if (active) {
            confirmation.announced().ifPresent(announced -> latency.computeIfAbsent(
                    change.request().state() + " requested", t -> new ArrayList<>())
                    .add((announced.notification().landedNanos() - change.sentNanos()) / 1e6));
        }
    }

    public synchronized void scenarioEnded(ScenarioRecord scenario) {
        if (!active) {
            return;
        }
        scenarios.add(scenario);
        for (UserNotification notification : scenario.seen()) {
            notified(notification);
        }
    }

    private void notified(UserNotification notification) {
        add(notifications, "envelope", notification.envelope().describe());
        add(notifications, "event spelling", notification.event().isBlank() ? "(no event)" : notification.event());
        add(notifications, "source spelling", notification.source().isBlank() ? "(no source)"
                : notification.source().replaceAll("/User/[^/]+", "/User/{id}"));
        try {
            XmlNode update = XmlNode.parse(notification.payload());
            XmlNode root = update.is("Update") ? update : update.find("Update").orElse(update);
            documents.computeIfAbsent("Update (XMPP)", k -> new TreeSet<>()).addAll(DocumentShape.of(root));
        } catch (XmlNode.MalformedXmlException unreadable) {
            add(documents, "Update (XMPP)", "(unreadable)");
        }
    }

    /** This run as a baseline of one run. */
    public synchronized Baseline toBaseline(String recordedWith) {
        SortedMap<String, Baseline.RequestOutcome> requests = new TreeMap<>();
        SortedMap<String, String> outcomes = new TreeMap<>();
        SortedSet<String> requestIds = new TreeSet<>();
        Map<String, String> names = scenarioKeys();
        for (ScenarioRecord scenario : scenarios) {
            String key = names.get(identity(scenario));
            outcomes.put(key, scenario.status().toLowerCase(Locale.ROOT));
            Map<String, Integer> kinds = new HashMap<>();
            for (AskedRequest asked : scenario.asked()) {
                int nth = kinds.merge(asked.kind(), 1, Integer::sum);
                requests.put(key + " / " + asked.kind() + (nth > 1 ? " #" + nth : ""),
                        outcomeOf(asked, scenario.agentIds()));
                asked.caused().forEach(n -> requestIds.add(n.hasRequestId() ? "echoed" : "not echoed"));
            }
        }
        SortedMap<String, SortedSet<String>> notificationForms = new TreeMap<>(notifications);
        if (!requestIds.isEmpty()) {
            notificationForms.put("requestId", requestIds);
        }
        SortedMap<String, Baseline.TransitionLatencyRecord> figures = new TreeMap<>();
        latency.forEach((transition, samples) -> figures.put(transition, LatencyFigures.of(List.of(samples))));
        // pooled, a slower CTI link shows with enough samples for p95 even where each transition has few
        List<Double> pooled = latency.values().stream().flatMap(List::stream).toList();
        if (!pooled.isEmpty()) {
            figures.put(ALL_TRANSITIONS, LatencyFigures.of(List.of(pooled)));
        }
        return new Baseline(Baseline.FORMAT, 1, recordedWith, systemInfo, documents, notificationForms, reasonCodes,
                requests, outcomes, figures, new TreeSet<>());
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

    private static Baseline.RequestOutcome outcomeOf(AskedRequest asked, List<String> agentIds) {
        FinesseResponse answer = asked.answer();
        List<String> caused = asked.caused().stream().map(n -> describe(n, agentIds)).sorted().toList();
        boolean errorUpdate = asked.caused().stream().anyMatch(UserNotification::isError);
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

    private static void add(SortedMap<String, SortedSet<String>> map, String key, String value) {
        map.computeIfAbsent(key, k -> new TreeSet<>()).add(value);
    }
}
