package io.finesseacceptance.notify;

import io.finesseacceptance.finesse.XmlNode;
import java.util.Optional;

/**
 * How a pubsub item carried a Finesse {@code <Update>}: as escaped text inside a {@code <notification>}
 * wrapper (what Cisco's examples show), or as child elements; and the wrapper's namespace, which varies
 * between deployments. The suite reads every form alike; an upgrade baseline records which one a lab used.
 *
 * @param escaped          the Update came as escaped text, not as elements
 * @param wrapper          the item's first child element, e.g. "notification" or "Update"; empty for bare text
 * @param wrapperNamespace that element's namespace URI; empty when it has none
 */
public record UpdateEnvelope(boolean escaped, String wrapper, String wrapperNamespace) {

    static UpdateEnvelope childElements(XmlNode wrapper) {
        return new UpdateEnvelope(false, wrapper.name(), wrapper.namespace());
    }

    static UpdateEnvelope escaped(Optional<XmlNode> wrapper) {
        return new UpdateEnvelope(true, wrapper.map(XmlNode::name).orElse(""),
                wrapper.map(XmlNode::namespace).orElse(""));
    }

    /** e.g. "escaped Update in <notification xmlns="http://jabber.org/protocol/pubsub">". */
    public String describe() {
        String in = wrapper.isEmpty() ? "the item's text"
                : "<" + wrapper + (wrapperNamespace.isEmpty() ? "" : " xmlns=\"" + wrapperNamespace + "\"") + ">";
        return (escaped ? "escaped Update in " : "Update as child elements, in ") + in;
    }
}
