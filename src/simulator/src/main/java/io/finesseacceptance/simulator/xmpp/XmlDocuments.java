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
 * Parses one complete XML document into {@link XmlElement}s: a BOSH {@code <body/>}, or one WebSocket
 * frame (RFC 7395 sends each element as a document of its own). DTDs and entity references are refused,
 * as XMPP forbids them (RFC 6120 section 11.1).
 */
final class XmlDocuments {

    private static final XMLInputFactory FACTORY = newFactory();

    /** How a transport reads an element's namespace, e.g. unqualified stanzas as {@code jabber:client}. */
    @FunctionalInterface
    interface Namespaces {
        /** @param declared the namespace the document gives the element, "" for none; depth 0 is the root */
        String resolve(String declared, int depth);
    }

    private XmlDocuments() {
    }

    /** The root element; empty when the bytes are not one well-formed document. */
    static Optional<XmlElement> parse(byte[] document, Namespaces namespaces) {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(document));
            try {
                return Optional.ofNullable(read(reader, namespaces));
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static XmlElement read(XMLStreamReader reader, Namespaces namespaces) throws XMLStreamException {
        Deque<XmlElement> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            switch (reader.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String declared = reader.getNamespaceURI();
                    XmlElement element = element(reader, namespaces.resolve(declared == null ? "" : declared,
                            open.size()));
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

    private static XmlElement element(XMLStreamReader reader, String namespace) {
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
        if (BoshBodyParser.XBOSH.equals(namespace)) {
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
