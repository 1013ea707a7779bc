package io.finesseacceptance.simulator.xmpp;

import java.util.concurrent.ThreadLocalRandom;

/** The server's stream header and the features it offers at each stage of a connection. */
final class StreamGreeting {

    static final String TLS = "urn:ietf:params:xml:ns:xmpp-tls";
    static final String SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
    static final String BIND = "urn:ietf:params:xml:ns:xmpp-bind";
    /** RFC 7395's {@code <open/>} and {@code <close/>}, which stand in for the stream header over WebSocket. */
    static final String FRAMING = "urn:ietf:params:xml:ns:xmpp-framing";
    static final String FRAMED_CLOSE = "<close xmlns='" + FRAMING + "'/>";

    private final XmppServiceConfig config;

    StreamGreeting(XmppServiceConfig config) {
        this.config = config;
    }

    String header() {
        return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
                + headerAttributes() + ">";
    }

    /** The header over WebSocket (RFC 7395): a complete {@code <open/>} element. */
    String framedOpen() {
        return "<open xmlns='" + FRAMING + "'" + headerAttributes() + "/>";
    }

    private String headerAttributes() {
        return " from='" + XmlEscaping.escape(config.domain()) + "' id='" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + "' version='1.0' xml:lang='en'";
    }

    /**
     * STARTTLS when the transport can switch to TLS; SASL PLAIN unless TLS is required and not yet in place.
     * PLAIN is the only mechanism on every transport, as Finesse's notification service offers no other.
     */
    String beforeAuthentication(boolean offerStartTls, boolean secured) {
        StringBuilder features = new StringBuilder("<stream:features>");
        if (offerStartTls) {
            features.append("<starttls xmlns='" + TLS + "'>").append(config.tlsRequired() ? "<required/>" : "")
                    .append("</starttls>");
        }
        if (secured || !config.tlsRequired()) {
            features.append("<mechanisms xmlns='" + SASL + "'><mechanism>PLAIN</mechanism></mechanisms>");
        }
        return features.append("</stream:features>").toString();
    }

    String afterAuthentication() {
        return "<stream:features><bind xmlns='" + BIND + "'/>"
                + "<session xmlns='urn:ietf:params:xml:ns:xmpp-session'><optional/></session></stream:features>";
    }
}
