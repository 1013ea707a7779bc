package io.finesseacceptance.simulator.xmpp;

import java.util.List;

/** The {@code <body/>} documents the BOSH connection manager answers with. */
final class BoshBodies {

    private static final String OPEN = "<body xmlns='" + BoshBodyParser.HTTPBIND + "'";
    private static final String STREAM_NS = " xmlns:stream='" + XmppStreamDecoder.STREAM_NAMESPACE + "'";
    private static final List<String> CLIENT_STANZAS = List.of("iq", "message", "presence");

    private BoshBodies() {
    }

    /** The session creation response (XEP-0124 section 7.1, XEP-0206 section 4), carrying the first features. */
    static String created(BoshSessionParameters parameters, String content) {
        return OPEN + " xmlns:xmpp='" + BoshBodyParser.XBOSH + "'" + STREAM_NS
                + " sid='" + parameters.sid() + "' wait='" + parameters.waitSeconds() + "' requests='" + parameters.requests()
                + "' hold='" + parameters.hold() + "' inactivity='" + parameters.inactivitySeconds()
                + "' polling='" + BoshSessionParameters.POLLING_SECONDS + "' ver='1.6' from='"
                + XmlEscaping.escape(parameters.domain()) + "' authid='" + parameters.sid() + "' secure='" + parameters.secure()
                + "' xmpp:version='1.0' xmpp:restartlogic='true'>" + content + "</body>";
    }

    /** Stanzas for the client, or none: an empty body answers a request that waited long enough. */
    static String payload(String content) {
        return content.isEmpty() ? OPEN + "/>" : OPEN + STREAM_NS + ">" + content + "</body>";
    }

    /** Ends the session; {@code condition} is null when the client asked for it. */
    static String terminate(String condition, String content) {
        String attributes = " type='terminate'" + (condition == null ? "" : " condition='" + condition + "'");
        return content.isEmpty() ? OPEN + attributes + "/>" : OPEN + STREAM_NS + attributes + ">" + content + "</body>";
    }

    static String streamError(String condition) {
        return "<stream:error><" + condition + " xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>";
    }

    /**
     * Puts a stanza written for a TCP stream, whose default namespace is {@code jabber:client}, into
     * that namespace explicitly: inside {@code <body/>} the default namespace is httpbind's.
     */
    static String inClientNamespace(String xml) {
        int nameEnd = 1;
        while (nameEnd < xml.length() && " />".indexOf(xml.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        int tagEnd = xml.indexOf('>');
        if (!xml.startsWith("<") || tagEnd < 0 || !CLIENT_STANZAS.contains(xml.substring(1, nameEnd))
                || xml.substring(0, tagEnd).contains(" xmlns=")) {
            return xml;
        }
        return xml.substring(0, nameEnd) + " xmlns='jabber:client'" + xml.substring(nameEnd);
    }
}
