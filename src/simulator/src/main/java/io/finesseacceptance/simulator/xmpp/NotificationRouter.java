package io.finesseacceptance.simulator.xmpp;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works out who receives a published update and writes it in Finesse's wire format: the
 * {@code <Update>} document escaped as text inside a pubsub {@code <notification>} item.
 */
final class NotificationRouter {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRouter.class);
    // the nodes Finesse subscribes every user to on their behalf
    private static final Pattern USER_NODE = Pattern.compile("/finesse/api/User/([^/]+)(?:/Dialogs)?");
    private static final String SYSTEM_INFO_NODE = "/finesse/api/SystemInfo";
    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final String pubsubDomain;
    private final SessionRegistry sessions;
    private final SubscriptionStore subscriptions;

    NotificationRouter(String pubsubDomain, SessionRegistry sessions, SubscriptionStore subscriptions) {
        this.pubsubDomain = pubsubDomain;
        this.sessions = sessions;
        this.subscriptions = subscriptions;
    }

    void publish(String node, String updateXml) {
        Set<ClientSession> receivers = receiversOf(node);
        String itemId = UUID.randomUUID().toString();
        String payload = XmlEscaping.escape(updateXml);
        LOG.debug("Publishing on {} to {} resource(s)", node, receivers.size());
        for (ClientSession receiver : receivers) {
            receiver.send(message(node, itemId, payload, receiver));
        }
    }

    /** Each receiving resource once, however many of its subscriptions match. */
    private Set<ClientSession> receiversOf(String node) {
        Set<ClientSession> receivers = new LinkedHashSet<>();
        Matcher userNode = USER_NODE.matcher(node);
        if (userNode.matches()) {
            receivers.addAll(sessions.availableResources(userNode.group(1)));
        } else if (node.equals(SYSTEM_INFO_NODE)) {
            receivers.addAll(sessions.allAvailableResources());
        }
        for (PubSubSubscription subscription : subscriptions.ofNode(node)) {
            JabberId jid = subscription.jid();
            if (jid.isFull()) {
                sessions.availableResource(subscription.username(), jid.resource()).ifPresent(receivers::add);
            } else {
                receivers.addAll(sessions.availableResources(subscription.username()));
            }
        }
        return receivers;
    }

    private String message(String node, String itemId, String escapedPayload, ClientSession receiver) {
        String messageId = node + "__" + receiver.bareJid() + "__" + randomAlphanumerics(5);
        String escapedNode = XmlEscaping.escape(node);
        return "<message from=\"" + XmlEscaping.escape(pubsubDomain) + "\" to=\"" + XmlEscaping.escape(receiver.fullJid())
                + "\" id=\"" + XmlEscaping.escape(messageId) + "\">"
                + "<event xmlns=\"http://jabber.org/protocol/pubsub#event\"><items node=\"" + escapedNode + "\">"
                + "<item id=\"" + itemId + "\"><notification xmlns=\"http://jabber.org/protocol/pubsub\">"
                + escapedPayload
                + "</notification></item></items></event></message>";
    }

    private static String randomAlphanumerics(int length) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERICS.charAt(random.nextInt(ALPHANUMERICS.length())));
        }
        return out.toString();
    }
}
