package io.finesseacceptance.simulator.xmpp;

import java.util.Optional;

/**
 * Parses one BOSH request: a complete {@code <body/>} document in the httpbind namespace. Stanzas
 * inside without a namespace of their own inherit httpbind's; they are read as {@code jabber:client},
 * as Openfire does.
 */
final class BoshBodyParser {

    static final String HTTPBIND = "http://jabber.org/protocol/httpbind";
    static final String XBOSH = "urn:xmpp:xbosh";
    private static final String CLIENT = "jabber:client";

    private BoshBodyParser() {
    }

    /** Empty when the bytes are not one well-formed {@code <body/>} in the httpbind namespace. */
    static Optional<BoshBody> parse(byte[] document) {
        return XmlDocuments.parse(document, BoshBodyParser::namespace)
                .filter(root -> root.is("body", HTTPBIND))
                .map(BoshBody::new);
    }

    private static String namespace(String declared, int depth) {
        boolean insideBody = depth > 0;
        return insideBody && (declared.isEmpty() || HTTPBIND.equals(declared)) ? CLIENT : declared;
    }
}
