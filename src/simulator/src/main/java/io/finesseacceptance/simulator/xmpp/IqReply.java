package io.finesseacceptance.simulator.xmpp;

/** Builds IQ results and errors addressed back to the requester. */
final class IqReply {

    static final String STANZAS_NAMESPACE = "urn:ietf:params:xml:ns:xmpp-stanzas";

    private IqReply() {
    }

    /**
     * A result; {@code from} is the request's {@code to}, which Smack requires so that it can match
     * the reply to its request.
     */
    static String result(XmlElement iq, String to, String payload) {
        return open(iq, "result", to) + (payload == null ? "" : payload) + "</iq>";
    }

    static String error(XmlElement iq, String to, String type, String condition) {
        return open(iq, "error", to) + "<error type='" + type + "'><" + condition + " xmlns='" + STANZAS_NAMESPACE + "'/>"
                + "</error></iq>";
    }

    private static String open(XmlElement iq, String type, String to) {
        StringBuilder out = new StringBuilder("<iq type='").append(type).append('\'');
        String id = iq.attribute("id");
        if (id != null) {
            out.append(" id='").append(XmlEscaping.escape(id)).append('\'');
        }
        String from = iq.attribute("to");
        if (from != null) {
            out.append(" from='").append(XmlEscaping.escape(from)).append('\'');
        }
        if (to != null) {
            out.append(" to='").append(XmlEscaping.escape(to)).append('\'');
        }
        return out.append('>').toString();
    }
}
