package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.StateChangeRequest;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads the {@code <User>} body of {@code PUT /finesse/api/User/{id}}. */
final class StateChangeRequestReader {

    private final XxeSafeXmlParser parser = new XxeSafeXmlParser();

    StateChangeRequest read(byte[] body) {
        Document document = parser.parse(body)
                .orElseThrow(() -> ApiErrorReply.badRequest("User", "Invalid XML in request body").asException());
        Element root = document.getDocumentElement();
        if (!"User".equals(root.getNodeName())) {
            throw ApiErrorReply.badRequest("User", "Request body must be a User element").asException();
        }
        return new StateChangeRequest(child(root, "state"), child(root, "extension"), child(root, "reasonCodeId"));
    }

    private static Optional<String> child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node.getNodeType() == Node.ELEMENT_NODE && name.equals(node.getNodeName())) {
                return Optional.of(node.getTextContent());
            }
        }
        return Optional.empty();
    }
}
