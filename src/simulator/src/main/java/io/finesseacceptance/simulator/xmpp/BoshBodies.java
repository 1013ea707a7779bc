package io.finesseacceptance.simulator.xmpp;

/** The {@code <body/>} documents the BOSH connection manager answers with. */
final class BoshBodies {

    private static final String OPEN = "<body xmlns='" + BoshBodyParser.HTTPBIND + "'";
    private static final String STREAM_NS = " xmlns:stream='" + XmppStreamDecoder.STREAM_NAMESPACE + "'";

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
}
