package io.finesseacceptance.interop;

import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.Jid;

/**
 * The node owner subscribing another entity (XEP-0060 §8.8.2), written out here because Smack 4.4's
 * own request puts the {@code subscription} child in the wrong namespace and servers ignore it.
 */
final class OwnerSubscription extends IQ {

    private static final String OWNER_NS = "http://jabber.org/protocol/pubsub#owner";

    private final String node;
    private final Jid subscriber;

    OwnerSubscription(Jid pubSubService, String node, Jid subscriber) {
        super("pubsub", OWNER_NS);
        this.node = node;
        this.subscriber = subscriber;
        setType(Type.set);
        setTo(pubSubService);
    }

    @Override
    protected IQChildElementXmlStringBuilder getIQChildElementBuilder(IQChildElementXmlStringBuilder xml) {
        xml.rightAngleBracket();
        xml.halfOpenElement("subscriptions").attribute("node", node).rightAngleBracket();
        xml.halfOpenElement("subscription").attribute("jid", subscriber).attribute("subscription", "subscribed")
                .closeEmptyElement();
        xml.closeElement("subscriptions");
        return xml;
    }
}
