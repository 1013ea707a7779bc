package io.finesseacceptance.simulator.xmpp;

import java.util.List;

/**
 * Makes an element written for a TCP stream stand on its own. On TCP the stream header declares the
 * default namespace {@code jabber:client} and the {@code stream:} prefix once; inside a BOSH
 * {@code <body/>} or as a WebSocket frame (RFC 7395) each element must declare them itself.
 */
final class StanzaNamespaces {

    private static final List<String> CLIENT_STANZAS = List.of("iq", "message", "presence");
    private static final String STREAM_PREFIX = "stream:";

    private StanzaNamespaces() {
    }

    /** A stanza ({@code iq}, {@code message}, {@code presence}) without a namespace gets {@code jabber:client}. */
    static String inClientNamespace(String xml) {
        int nameEnd = nameEnd(xml);
        int tagEnd = xml.indexOf('>');
        if (!xml.startsWith("<") || tagEnd < 0 || !CLIENT_STANZAS.contains(xml.substring(1, nameEnd))
                || xml.substring(0, tagEnd).contains(" xmlns=")) {
            return xml;
        }
        return declare(xml, nameEnd, " xmlns='jabber:client'");
    }

    /**
     * A complete document of its own: stanzas in {@code jabber:client}, and a {@code stream:features} or
     * {@code stream:error} declaring its prefix.
     */
    static String standalone(String xml) {
        if (!xml.startsWith("<" + STREAM_PREFIX)) {
            return inClientNamespace(xml);
        }
        return declare(xml, nameEnd(xml), " xmlns:stream='" + XmppStreamDecoder.STREAM_NAMESPACE + "'");
    }

    private static int nameEnd(String xml) {
        int nameEnd = 1;
        while (nameEnd < xml.length() && " />".indexOf(xml.charAt(nameEnd)) < 0) {
            nameEnd++;
        }
        return nameEnd;
    }

    private static String declare(String xml, int nameEnd, String declaration) {
        return xml.substring(0, nameEnd) + declaration + xml.substring(nameEnd);
    }
}
