package io.finesseacceptance.simulator.xmpp;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses one BOSH request: a complete {@code <body/>} document in the httpbind namespace. Stanzas
 * inside without a namespace of their own inherit httpbind's; they are read as {@code jabber:client},
 * as Openfire does.
 */
final class BoshBodyParser {

    static final String HTTPBIND = "http://jabber.org/protocol/httpbind";
    static final String XBOSH = "urn:xmpp:xbosh";
    private static final String CLIENT = "jabber:client";
    private static final XMLInputFactory FACTORY = newFactory();

    private BoshBodyParser() {
    }

    /** Empty when the bytes are not one well-formed {@code <body/>} in the httpbind namespace. */
    static Optional<BoshBody> parse(byte[] document) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(document));
            try {
                XmlElement root = read(reader);
                return root != null && root.is("body", HTTPBIND) ? Optional.of(new BoshBody(root)) : Optional.empty();
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    XmlElement element = element(reader, !open.isEmpty());
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().addChild(element);
                    }
                    open.push(element);
                }
                case XMLStreamConstants.END_ELEMENT -> open.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                    if (!open.isEmpty()) {
                        open.peek().appendText(reader.getText());
                    }
                }
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                        throw new XMLStreamException("DTD or entity reference");
                default -> {
                    // whitespace, comments, the XML declaration: nothing to route
                }
            }
        }
        return root;
    }

    private static XmlElement element(XMLStreamReader reader, boolean insideBody) {
        String namespace = reader.getNamespaceURI();
        if (insideBody && (namespace == null || namespace.isEmpty() || HTTPBIND.equals(namespace))) {
            namespace = CLIENT;
        }
        XmlElement element = new XmlElement(reader.getLocalName(), namespace);
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            element.putAttribute(attributeKey(reader, i), reader.getAttributeValue(i));
        }
        return element;
    }

    /** XEP-0206 attributes are keyed {@code xmpp:name} and XML ones {@code xml:name}, whatever prefix the client chose. */
    private static String attributeKey(XMLStreamReader reader, int i) {
        String namespace = reader.getAttributeNamespace(i);
        String name = reader.getAttributeLocalName(i);
        if (XBOSH.equals(namespace)) {
            return "xmpp:" + name;
        }
        if (XMLConstants.XML_NS_URI.equals(namespace)) {
            return "xml:" + name;
        }
        String prefix = reader.getAttributePrefix(i);
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = new InputFactoryImpl();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory;
    }
}
