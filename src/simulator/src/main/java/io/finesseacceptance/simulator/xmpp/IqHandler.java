package io.finesseacceptance.simulator.xmpp;

/**
 * Answers the IQs of a bound session: what Openfire answers for a Finesse client (ping, service
 * discovery, roster, session, pubsub) and {@code service-unavailable} for anything else.
 */
final class IqHandler {

    private static final String PING = "urn:xmpp:ping";
    private static final String DISCO_INFO = "http://jabber.org/protocol/disco#info";
    private static final String DISCO_ITEMS = "http://jabber.org/protocol/disco#items";
    private static final String ROSTER = "jabber:iq:roster";
    private static final String SESSION = "urn:ietf:params:xml:ns:xmpp-session";

    private final String domain;
    private final String pubsubDomain;
    private final PubSubIqHandler pubsub;

    IqHandler(String domain, String pubsubDomain, SubscriptionStore subscriptions, PubSubRules rules) {
        this.domain = domain;
        this.pubsubDomain = pubsubDomain;
        this.pubsub = new PubSubIqHandler(domain, subscriptions, rules);
    }

    /** The reply to send, or null when none is due (results and errors sent to the server). */
    String handle(XmlElement iq, ClientSession session) {
        String type = iq.attribute("type");
        if (!"get".equals(type) && !"set".equals(type)) {
            return null;
        }
        String to = session.fullJid();
        if (iq.children().size() != 1) {
            return IqReply.error(iq, to, "modify", "bad-request");
        }
        XmlElement payload = iq.children().get(0);
        Addressee addressee = addressee(iq.attribute("to"), session);
        boolean get = "get".equals(type);
        if (addressee == Addressee.OTHER) {
            return IqReply.error(iq, to, "cancel", "service-unavailable");
        }
        if (payload.is("ping", PING)) {
            return IqReply.result(iq, to, null);
        }
        if (get && payload.is("query", DISCO_INFO)) {
            return IqReply.result(iq, to, discoInfo(addressee, payload.attribute("node")));
        }
        if (get && payload.is("query", DISCO_ITEMS)) {
            return IqReply.result(iq, to, "<query xmlns='" + DISCO_ITEMS + "'/>");
        }
        if (addressee == Addressee.PUBSUB && payload.is("pubsub", PubSubIqHandler.PUBSUB)) {
            return pubsub.handle(iq, payload, session);
        }
        if (addressee != Addressee.PUBSUB && get && payload.is("query", ROSTER)) {
            // Finesse users have no contacts
            return IqReply.result(iq, to, "<query xmlns='" + ROSTER + "'/>");
        }
        if (addressee == Addressee.SERVER && !get && payload.is("session", SESSION)) {
            return IqReply.result(iq, to, null);
        }
        return IqReply.error(iq, to, "cancel", "service-unavailable");
    }

    private String discoInfo(Addressee addressee, String node) {
        StringBuilder out = new StringBuilder("<query xmlns='" + DISCO_INFO + "'");
        if (node != null) {
            out.append(" node='").append(XmlEscaping.escape(node)).append('\'');
        }
        out.append('>');
        if (addressee == Addressee.PUBSUB && node != null) {
            // every node exists as far as clients can tell: Finesse creates them before clients subscribe
            out.append("<identity category='pubsub' type='leaf'/>");
            feature(out, PubSubIqHandler.PUBSUB);
        } else if (addressee == Addressee.PUBSUB) {
            out.append("<identity category='pubsub' type='service' name='Publish-Subscribe service'/>");
            feature(out, PubSubIqHandler.PUBSUB);
            feature(out, PubSubIqHandler.PUBSUB + "#subscribe");
            feature(out, PubSubIqHandler.PUBSUB + "#retrieve-subscriptions");
        } else {
            out.append("<identity category='server' type='im' name='Cisco Finesse Notification Service (simulated)'/>");
            feature(out, PING);
        }
        feature(out, DISCO_INFO);
        feature(out, DISCO_ITEMS);
        return out.append("</query>").toString();
    }

    private static void feature(StringBuilder out, String feature) {
        out.append("<feature var='").append(feature).append("'/>");
    }

    private Addressee addressee(String to, ClientSession session) {
        if (to == null) {
            return Addressee.SERVER;
        }
        JabberId jid = JabberId.parse(to);
        if (jid.local() == null && jid.resource() == null && jid.domain().equalsIgnoreCase(domain)) {
            return Addressee.SERVER;
        }
        if (jid.local() == null && jid.resource() == null && jid.domain().equalsIgnoreCase(pubsubDomain)) {
            return Addressee.PUBSUB;
        }
        // a client asking its own account (e.g. its roster via its bare JID) is answered by the server
        if (!jid.isFull() && session.username().equals(jid.local()) && jid.domain().equalsIgnoreCase(domain)) {
            return Addressee.SERVER;
        }
        return Addressee.OTHER;
    }

    private enum Addressee { SERVER, PUBSUB, OTHER }
}
