package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.nodes.FinesseDeployment;
import io.finesseacceptance.simulator.nodes.FinesseNode;
import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every door a running simulator opened, in words, for people exploring it with Postman and an XMPP client;
 * both nodes' with two.
 */
final class DoorDescription {

    private DoorDescription() {
    }

    /** @param xmppSettings the primary's notification lines, shown as they are when an external server serves */
    static String of(SimulatorConfig options, FinesseDeployment deployment, Map<String, String> xmppSettings,
            Path caPem, URI controlUrl) {
        String controlDoor = "Control:     " + controlUrl + "  (GET " + ControlEndpoint.CONTEXT
                + " lists its endpoints)";
        String ca = "CA (PEM):    " + caPem;
        FinesseNode primary = deployment.primary();
        if (primary.xmpp().isEmpty()) {
            return String.join("\n", restDoor(primary), "XMPP:        an external server, " + xmppSettings, ca,
                    controlDoor);
        }
        String host = FinesseSimulator.advertisedHost(options.bindAddress());
        String bound = options.bindAddress().equals(host) ? "" : "  (listening on " + options.bindAddress() + ")";
        if (deployment.secondary().isEmpty()) {
            return String.join("\n", restDoor(primary) + bound, xmppDoors(options, host, primary, ""), ca,
                    controlDoor);
        }
        FinesseNode secondary = deployment.secondary().get();
        return String.join("\n", "Primary node (XMPP domain " + options.xmppDomain() + ")" + bound,
                "  " + restDoor(primary), xmppDoors(options, host, primary, "  "),
                "Secondary node (XMPP domain " + secondary.embeddedService().domain() + ")",
                "  " + restDoor(secondary), xmppDoors(options, host, secondary, "  "), ca, controlDoor);
    }

    private static String restDoor(FinesseNode node) {
        return "REST:        " + node.baseUrl() + "/finesse/api/User/{id}  (HTTP Basic: agent id and password)";
    }

    private static String xmppDoors(SimulatorConfig options, String host, FinesseNode node, String indent) {
        XmppNotificationService xmpp = node.embeddedService();
        String literal = PrintedXmppSettings.literal(host);
        return String.join("\n",
                indent + "XMPP TCP:    " + literal + ":" + xmpp.port() + "  (STARTTLS offered; domain "
                        + xmpp.domain() + ")",
                indent + "XMPP TLS:    " + literal + ":" + xmpp.directTlsPort() + "  (direct TLS, like 5223)",
                indent + "XMPP BOSH:   " + PrintedXmppSettings.boshUrl(host, xmpp),
                indent + "XMPP WS:     " + PrintedXmppSettings.webSocketUrl(host, options.restHttps(),
                        node.baseUrl().getPort()) + "  (subprotocol xmpp, RFC 7395; on the REST port like 12.6)");
    }
}
