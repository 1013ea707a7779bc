package io.finesseacceptance.notify;

import io.finesseacceptance.finesse.ApiError;
import io.finesseacceptance.finesse.FinesseDocuments;
import io.finesseacceptance.finesse.User;
import io.finesseacceptance.finesse.XmlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Finesse Updates out of one XMPP pubsub event message. Finesse sends the {@code <Update>}
 * as escaped text inside {@code <notification>}, some deployments as child elements, and the wrapper's
 * namespace varies: all of those read the same.
 */
public final class UpdateParser {

    /** What one item of a pubsub event carried, before the feed numbers it. */
    public record ParsedUpdate(String node, String event, String requestId, String source, Optional<User> user,
                               List<ApiError> errors, String payload, UpdateEnvelope envelope) {
    }

    private UpdateParser() {
    }

    /** All Updates in the message; empty when the message is not a pubsub event. */
    public static List<ParsedUpdate> parse(String messageXml) {
        XmlNode message = XmlNode.parse(messageXml);
        List<ParsedUpdate> updates = new ArrayList<>();
        Optional<XmlNode> event = message.is("event") ? Optional.of(message) : message.find("event");
        if (event.isEmpty()) {
            return updates;
        }
        for (XmlNode items : event.get().children("items")) {
            String node = items.attribute("node");
            for (XmlNode item : items.children("item")) {
                updateOf(item, messageXml).ifPresent(update -> updates.add(read(node, update)));
            }
        }
        return updates;
    }

    private record Located(XmlNode node, String payload, UpdateEnvelope envelope) {
    }

    private static Optional<Located> updateOf(XmlNode item, String messageXml) {
        Optional<XmlNode> wrapper = item.children().stream().findFirst();
        Optional<XmlNode> direct = item.find("Update");
        if (direct.isPresent()) {
            return Optional.of(new Located(direct.get(), messageXml, UpdateEnvelope.childElements(wrapper.orElseThrow())));
        }
        Optional<XmlNode> notification = item.child("notification");
        String text = notification.map(XmlNode::text).orElse(item.text());
        if (!text.startsWith("<")) {
            return Optional.empty();
        }
        UpdateEnvelope envelope = UpdateEnvelope.escaped(notification);
        XmlNode update = XmlNode.parse(text);
        return update.is("Update") ? Optional.of(new Located(update, text, envelope)) : update.find("Update")
                .map(inner -> new Located(inner, text, envelope));
    }

    private static ParsedUpdate read(String node, Located located) {
        XmlNode update = located.node();
        Optional<XmlNode> data = update.child("data");
        Optional<User> user = data.flatMap(d -> d.child("user")).map(FinesseDocuments::user);
        List<ApiError> errors = data.flatMap(d -> d.child("apiErrors")).map(FinesseDocuments::apiErrors)
                .orElse(List.of());
        return new ParsedUpdate(node, update.childText("event"), update.childText("requestId"),
                update.childText("source"), user, errors, located.payload(), located.envelope());
    }
}
