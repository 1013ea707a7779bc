package io.finesseacceptance.finesse;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * A read-only view of an XML element that matches child names by local name and ignoring case,
 * because Finesse writes the same element as {@code <user>} in one place and {@code <User>} in another,
 * and wraps payloads in whatever namespace its XMPP server chose.
 */
public final class XmlNode {

    /**
     * One parser per thread, configured once: a new factory per parse scans the class path for a
     * provider (ServiceLoader) and builds a new Xerces configuration, most of the cost of a small payload.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(XmlNode::newBuilder);

    private final Element element;

    private XmlNode(Element element) {
        this.element = element;
    }

    /** Parses a document with DTDs and external entities off: payloads come from a server under test. */
    public static XmlNode parse(String xml) {
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.setErrorHandler(null);
            return new XmlNode(builder.parse(new InputSource(new StringReader(xml))).getDocumentElement());
        } catch (Exception malformed) {
            throw new MalformedXmlException(xml, malformed);
        } finally {
            builder.reset();
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            return factory().newDocumentBuilder();
        } catch (ParserConfigurationException unsupported) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured securely", unsupported);
        }
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        return factory;
    }

    public String name() {
        return localName(element);
    }

    /** The element's namespace URI; empty when it has none. */
    public String namespace() {
        return element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    }

    public boolean is(String name) {
        return name().equalsIgnoreCase(name);
    }

    public String attribute(String name) {
        return element.getAttribute(name);
    }

    /** Text content, trimmed; empty when the element is empty. */
    public String text() {
        return element.getTextContent() == null ? "" : element.getTextContent().trim();
    }

    public List<XmlNode> children() {
        List<XmlNode> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                children.add(new XmlNode(childElement));
            }
        }
        return children;
    }

    public Optional<XmlNode> child(String name) {
        return children().stream().filter(child -> child.is(name)).findFirst();
    }

    public List<XmlNode> children(String name) {
        return children().stream().filter(child -> child.is(name)).toList();
    }

    /** Text of a direct child, empty when the child is absent or empty. */
    public String childText(String name) {
        return child(name).map(XmlNode::text).orElse("");
    }

    /** The first element with this name anywhere below this one, depth first. */
    public Optional<XmlNode> find(String name) {
        for (XmlNode child : children()) {
            if (child.is(name)) {
                return Optional.of(child);
            }
            Optional<XmlNode> below = child.find(name);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    /** Thrown when a body or payload is not well-formed XML; keeps the text for the failure message. */
    public static final class MalformedXmlException extends RuntimeException {
        public MalformedXmlException(String xml, Exception cause) {
            super("not well-formed XML: " + cause.getMessage() + " in: " + abbreviate(xml), cause);
        }

        private static String abbreviate(String xml) {
            String text = xml == null ? "<null>" : xml;
            return text.length() <= 500 ? text : text.substring(0, 500) + "…";
        }
    }
}
