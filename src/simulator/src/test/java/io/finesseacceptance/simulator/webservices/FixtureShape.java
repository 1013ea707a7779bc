package io.finesseacceptance.simulator.webservices;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A conformance fixture from {@code src/test/resources/conformance/}, compared with a real document by
 * structure: same root, every fixture element present (in any order, recursively), leaf text and
 * attributes following the fixture's rules ({@code *} any, {@code ~regex}, otherwise equal).
 */
final class FixtureShape {

    private final String name;
    private final String source;
    private final Element root;

    private FixtureShape(String name, String source) {
        this.name = name;
        this.source = source;
        this.root = StrictXml.parse(source).getDocumentElement();
    }

    static FixtureShape load(String fixtureName) {
        String resource = "/conformance/" + fixtureName;
        try (InputStream in = FixtureShape.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("no fixture " + resource);
            }
            return new FixtureShape(fixtureName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture's text as written, for checking its citation comment. */
    String source() {
        return source;
    }

    /** Every way {@code actualXml} departs from the fixture; empty when it conforms. */
    List<String> differences(String actualXml) {
        Element actual = StrictXml.parse(actualXml).getDocumentElement();
        List<String> differences = new ArrayList<>();
        if (!root.getNodeName().equals(actual.getNodeName())) {
            differences.add("root is <" + actual.getNodeName() + ">, expected <" + root.getNodeName() + ">");
            return differences;
        }
        compare(root, actual, "/" + root.getNodeName(), differences);
        return differences;
    }

    void assertMatches(String actualXml) {
        List<String> differences = differences(actualXml);
        if (!differences.isEmpty()) {
            throw new AssertionError("does not conform to fixture " + name + ":\n  "
                    + String.join("\n  ", differences) + "\nactual: " + actualXml);
        }
    }

    private static void compare(Element expected, Element actual, String path, List<String> differences) {
        compareAttributes(expected, actual, path, differences);
        List<Element> expectedChildren = childElements(expected);
        if (expectedChildren.isEmpty()) {
            String rule = expected.getTextContent().trim();
            String value = actual.getTextContent().trim();
            if (!accepts(rule, value)) {
                differences.add(path + " is \"" + value + "\", expected " + describe(rule));
            }
            return;
        }
        for (Element expectedChild : expectedChildren) {
            String childPath = path + "/" + expectedChild.getNodeName();
            List<Element> candidates = childElements(actual).stream()
                    .filter(child -> child.getNodeName().equals(expectedChild.getNodeName())).toList();
            if (candidates.isEmpty()) {
                differences.add(childPath + " is missing");
                continue;
            }
            // repeated elements (several ConfiguredReasonCode) conform when any one of them does
            List<String> closest = null;
            for (Element candidate : candidates) {
                List<String> candidateDifferences = new ArrayList<>();
                compare(expectedChild, candidate, childPath, candidateDifferences);
                if (closest == null || candidateDifferences.size() < closest.size()) {
                    closest = candidateDifferences;
                }
            }
            differences.addAll(closest);
        }
    }

    private static void compareAttributes(Element expected, Element actual, String path, List<String> differences) {
        NamedNodeMap attributes = expected.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attributePath = path + "/@" + attribute.getName();
            if (!actual.hasAttribute(attribute.getName())) {
                differences.add(attributePath + " is missing");
            } else if (!accepts(attribute.getValue(), actual.getAttribute(attribute.getName()))) {
                differences.add(attributePath + " is \"" + actual.getAttribute(attribute.getName()) + "\", expected "
                        + describe(attribute.getValue()));
            }
        }
    }

    private static boolean accepts(String rule, String value) {
        if (rule.equals("*")) {
            return true;
        }
        if (rule.startsWith("~")) {
            return value.matches(rule.substring(1));
        }
        return rule.equals(value);
    }

    private static String describe(String rule) {
        return rule.startsWith("~") ? "to match " + rule.substring(1) : "\"" + rule + "\"";
    }

    private static List<Element> childElements(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node.getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) node);
            }
        }
        return children;
    }
}
