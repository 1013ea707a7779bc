package io.finesseacceptance.simulator.webservices;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Test-side XML reading: parse strictly (fails on malformed XML) and evaluate XPath. */
final class StrictXml {

    private StrictXml() {
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }

    static String xpath(String xml, String expression) {
        try {
            return XPathFactory.newInstance().newXPath().evaluate(expression, parse(xml));
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + expression, e);
        }
    }

    /** The text of every node {@code expression} selects, joined with commas (XPath 1.0 has no string-join). */
    static String xpathJoined(String xml, String expression) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(expression, parse(xml), XPathConstants.NODESET);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < nodes.getLength(); i++) {
                joined.append(i == 0 ? "" : ",").append(nodes.item(i).getTextContent());
            }
            return joined.toString();
        } catch (Exception e) {
            throw new AssertionError("bad XPath " + expression, e);
        }
    }

    static String rootName(String xml) {
        return parse(xml).getDocumentElement().getNodeName();
    }
}
