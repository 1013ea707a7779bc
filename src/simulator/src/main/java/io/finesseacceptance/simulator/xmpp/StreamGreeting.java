package io.finesseacceptance.simulator.xmpp;

import java.util.concurrent.ThreadLocalRandom;

/** The server's stream header and the features it offers at each stage of a connection. */
final class StreamGreeting {

    static final String TLS = "urn:ietf:params:xml:ns:xmpp-tls";
    static final String SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
    static final String BIND = "urn:ietf:params:xml:ns:xmpp-bind";

    private final XmppServiceConfig config;

    StreamGreeting(XmppServiceConfig config) {
        this.config = config;
    }

    String header() {
        return "<?xml version='1.0'?><stream:stream xmlns='jabber:client' xmlns:stream='http://etherx.jabber.org/streams'"
                + " from='" + XmlEscaping.escape(config.domain()) + "' id='" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + "' version='1.0' xml:lang='en'>";
    }

    /** STARTTLS when the transport can switch to TLS; SASL PLAIN unless TLS is required and not yet in place. */
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
