package io.finesseacceptance.simulator.xmpp;

import java.util.Optional;

/**
 * The part of XEP-0060 Finesse clients use: subscribe, unsubscribe and listing subscriptions.
 * Errors carry no pubsub#errors application condition (Openfire's would): Smack 4.4's StAX parser
 * fails an assertion on such unknown elements, which kills its reader thread when run with -ea.
 */
final class PubSubIqHandler {

    static final String PUBSUB = "http://jabber.org/protocol/pubsub";

    private final String domain;
    private final SubscriptionStore subscriptions;
    private final PubSubRules rules;

    PubSubIqHandler(String domain, SubscriptionStore subscriptions, PubSubRules rules) {
        this.domain = domain;
        this.subscriptions = subscriptions;
        this.rules = rules;
    }

    String handle(XmlElement iq, XmlElement pubsub, ClientSession session) {
        String type = iq.attribute("type");
        Optional<XmlElement> action = pubsub.firstChild();
        if (action.isEmpty()) {
            return IqReply.error(iq, session.fullJid(), "modify", "bad-request");
        }
        XmlElement request = action.get();
        return switch (type + " " + request.name()) {
            case "set subscribe" -> subscribe(iq, request, session);
            case "set unsubscribe" -> unsubscribe(iq, request, session);
            case "get subscriptions" -> list(iq, request, session);
            default -> IqReply.error(iq, session.fullJid(), "cancel", "feature-not-implemented");
        };
    }

    private String subscribe(XmlElement iq, XmlElement request, ClientSession session) {
        String invalid = invalidRequest(iq, request, session);
        if (invalid != null) {
            return invalid;
        }
        if (!rules.maySubscribe(session.username(), request.attribute("node"))) {
            // e.g. a team node of a team the user does not supervise
            return IqReply.error(iq, session.fullJid(), "auth", "forbidden");
        }
        PubSubSubscription created = subscriptions.subscribe(session.username(), request.attribute("node"),
                JabberId.parse(request.attribute("jid")));
        return IqReply.result(iq, session.fullJid(), "<pubsub xmlns='" + PUBSUB + "'>" + subscriptionXml(created) + "</pubsub>");
    }

    private String unsubscribe(XmlElement iq, XmlElement request, ClientSession session) {
        String invalid = invalidRequest(iq, request, session);
        if (invalid != null) {
            return invalid;
        }
        String node = request.attribute("node");
        JabberId jid = JabberId.parse(request.attribute("jid"));
        Optional<String> subid = Optional.ofNullable(request.attribute("subid"));
        boolean removed = rules.keepsSubscriptionOnUnsubscribe()
                ? subscriptions.has(session.username(), node, jid, subid)
                : subscriptions.unsubscribe(session.username(), node, jid, subid);
        return removed
                ? IqReply.result(iq, session.fullJid(), null)
                : IqReply.error(iq, session.fullJid(), "cancel", "unexpected-request");
    }

    private String list(XmlElement iq, XmlElement request, ClientSession session) {
        String node = request.attribute("node");
        StringBuilder payload = new StringBuilder("<pubsub xmlns='" + PUBSUB + "'><subscriptions");
        if (node != null) {
            payload.append(" node='").append(XmlEscaping.escape(node)).append('\'');
        }
        payload.append('>');
        subscriptions.ofUser(session.username()).stream()
                .filter(s -> node == null || s.node().equals(node))
                .forEach(s -> payload.append(subscriptionXml(s)));
        payload.append("</subscriptions></pubsub>");
        return IqReply.result(iq, session.fullJid(), payload.toString());
    }

    /** Null when the request names a node and a JID of the requesting user; the error reply otherwise. */
    private String invalidRequest(XmlElement iq, XmlElement request, ClientSession session) {
        String node = request.attribute("node");
        if (node == null || node.isEmpty()) {
            return IqReply.error(iq, session.fullJid(), "modify", "bad-request");
        }
        String jid = request.attribute("jid");
        JabberId parsed = jid == null ? null : JabberId.parse(jid);
        if (parsed == null || !session.username().equals(parsed.local()) || !domain.equalsIgnoreCase(parsed.domain())) {
            return IqReply.error(iq, session.fullJid(), "modify", "bad-request");
        }
        return null;
    }

    private static String subscriptionXml(PubSubSubscription s) {
        return "<subscription node='" + XmlEscaping.escape(s.node()) + "' jid='" + XmlEscaping.escape(s.jid().toString())
                + "' subscription='subscribed' subid='" + s.subid() + "'/>";
    }
}
