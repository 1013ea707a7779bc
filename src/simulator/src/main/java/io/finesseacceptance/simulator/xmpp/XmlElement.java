package io.finesseacceptance.simulator.xmpp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One parsed element of the client's stream: enough structure to route a stanza, nothing more. */
final class XmlElement {

    private final String name;
    private final String namespace;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<XmlElement> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, String namespace) {
        this.name = name;
        this.namespace = namespace == null ? "" : namespace;
    }

    String name() {
        return name;
    }

    String namespace() {
        return namespace;
    }

    boolean is(String elementName, String elementNamespace) {
        return name.equals(elementName) && namespace.equals(elementNamespace);
    }

    /** Attribute by name; prefixed attributes are keyed {@code prefix:local}. */
    String attribute(String attributeName) {
        return attributes.get(attributeName);
    }

    void putAttribute(String attributeName, String value) {
        attributes.put(attributeName, value);
    }

    List<XmlElement> children() {
        return Collections.unmodifiableList(children);
    }

    void addChild(XmlElement child) {
        children.add(child);
    }

    Optional<XmlElement> child(String childName, String childNamespace) {
        return children.stream().filter(c -> c.is(childName, childNamespace)).findFirst();
    }

    Optional<XmlElement> firstChild() {
        return children.isEmpty() ? Optional.empty() : Optional.of(children.get(0));
    }

    String text() {
        return text.toString();
    }

    void appendText(String more) {
        text.append(more);
    }

    @Override
    public String toString() {
        return "<" + name + " xmlns='" + namespace + "' " + attributes + ">";
    }
}
