package io.finesseacceptance.upgrade;

import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.ReasonCode;
import io.finesseacceptance.finesse.XmlNode;
import io.finesseacceptance.notify.UserNotification;
import io.finesseacceptance.rest.FinesseRestClient;
import io.finesseacceptance.rest.HttpExchange;
import io.finesseacceptance.settings.Side;
import java.net.URI;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What each side of the deployment showed during a run, gathered as it happens: the documents its REST API
 * answered, the notification forms its desks heard, and which side took each state change. A {@link LabRecording}
 * holds one and calls it under its own lock.
 */
final class ObservationsBySide {

    private final boolean hostNames;
    private SideByBaseUrl sides = SideByBaseUrl.oneSide();
    /** By node ({@link SideByBaseUrl#nodeOf}): the preflight reads a side before it is known to be which. */
    private final Map<String, SideObservations> answeredByNode = new HashMap<>();
    private final Map<Side, SideObservations> heardBySide = new EnumMap<>(Side.class);
    /** The node each change's PUT went to, by requestId: the side that took it. */
    private final Map<String, String> nodeOfRequest = new HashMap<>();

    ObservationsBySide(boolean hostNames) {
        this.hostNames = hostNames;
    }

    void sidesAt(Map<Side, URI> baseUrls) {
        this.sides = SideByBaseUrl.of(baseUrls);
    }

    boolean twoSides() {
        return sides.twoSides();
    }

    /** The side whose node (from {@link SideByBaseUrl#nodeOf}) {@code node} is; the primary when none is. */
    Side sideOf(String node) {
        return sides.sideOf(node);
    }

    /** The node the PUT with {@code requestId} went to, if one did. */
    Optional<String> nodeThatTook(String requestId) {
        return Optional.ofNullable(nodeOfRequest.get(requestId));
    }

    /** The side that took the request: its PUT's node, or, for a read, the side that answered it. */
    Side sideThatTook(AskedRequest asked) {
        return nodeThatTook(asked.requestId()).map(sides::sideOf).orElse(asked.side());
    }

    /** Keeps the shape of what the exchange's node answered, and the node a change's PUT went to. */
    void exchanged(HttpExchange exchange) {
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
        if (root.is("SystemInfo")) {
            side.systemInfo(SystemInfoFields.of(root, hostNames));
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

    private static String resource(String url) {
        String path = URI.create(url).getPath();
        return path.replaceAll("/User/[^/]+", "/User/{id}");
    }

    /** Keeps the form of a notification a desk on {@code side} heard, and the shape of its Update. */
    void heard(Side side, UserNotification notification) {
        SideObservations heard = heardBySide.computeIfAbsent(side, s -> new SideObservations());
        heard.notificationForm("envelope", notification.envelope().describe());
        heard.notificationForm("event spelling", notification.event().isBlank() ? "(no event)" : notification.event());
        heard.notificationForm("source spelling", notification.source().isBlank() ? "(no source)"
                : notification.source().replaceAll("/User/[^/]+", "/User/{id}"));
        try {
            XmlNode update = XmlNode.parse(notification.payload());
            XmlNode root = update.is("Update") ? update : update.find("Update").orElse(update);
            heard.document("Update (XMPP)", DocumentShape.of(root));
        } catch (XmlNode.MalformedXmlException unreadable) {
            heard.document("Update (XMPP)", new TreeSet<>(Set.of("(unreadable)")));
        }
    }

    /**
     * One record per side of the deployment (the primary alone on one node), with the requestId forms of the
     * changes each side took and the requests it answered.
     */
    Map<Side, SideRecord> records(Map<Side, SortedSet<String>> requestIds, Map<Side, SortedSet<String>> answered) {
        Map<Side, SideRecord> bySide = new EnumMap<>(Side.class);
        for (Side side : sides.twoSides() ? List.of(Side.PRIMARY, Side.SECONDARY) : List.of(Side.PRIMARY)) {
            bySide.put(side, record(side, requestIds, answered));
        }
        return bySide;
    }

    /** What {@code side} answered and its desks heard; on one node, everything. */
    private SideRecord record(Side side, Map<Side, SortedSet<String>> requestIds,
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
}
