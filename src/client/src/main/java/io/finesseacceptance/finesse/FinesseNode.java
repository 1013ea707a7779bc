package io.finesseacceptance.finesse;

import java.util.OptionalInt;

/**
 * One node of a deployment as SystemInfo names it ({@code primaryNode}, {@code secondaryNode}): its host,
 * and from 12.6(2) on its ports (docs/finesse-contract.md §22). A release before 12.6(2) names the host only.
 */
public record FinesseNode(String host, OptionalInt httpsPort, OptionalInt xmppPort, OptionalInt xmppSecurePort) {

    public static final FinesseNode NONE = new FinesseNode("", OptionalInt.empty(), OptionalInt.empty(),
            OptionalInt.empty());

    public boolean named() {
        return !host.isBlank();
    }

    static FinesseNode of(XmlNode node) {
        return new FinesseNode(node.childText("host").trim(), port(node.childText("httpsPort")),
                port(node.childText("xmppPort")), port(node.childText("xmppSecurePort")));
    }

    private static OptionalInt port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            return port > 0 && port < 65536 ? OptionalInt.of(port) : OptionalInt.empty();
        } catch (NumberFormatException absent) {
            return OptionalInt.empty();
        }
    }

    /** For logs and reports: {@code host} or {@code host (https 8445)}. */
    public String describe() {
        return host + (httpsPort.isPresent() ? " (https " + httpsPort.getAsInt() + ")" : "");
    }
}
