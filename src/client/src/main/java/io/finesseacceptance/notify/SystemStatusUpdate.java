package io.finesseacceptance.notify;

import io.finesseacceptance.finesse.XmlNode;
import java.util.Locale;
import java.util.Optional;

/**
 * A SystemInfo Update (node {@code /finesse/api/SystemInfo}): how Finesse tells connected clients that it
 * went OUT_OF_SERVICE (the CTI link lost, a CTI failover under way) and back IN_SERVICE, and (12.6) that a
 * node entered maintenance mode (docs/finesse-contract.md §20).
 */
public final class SystemStatusUpdate {

    public static final String NODE = "/finesse/api/SystemInfo";

    private SystemStatusUpdate() {
    }

    /** The status the Update announces, upper case; empty for any other Update. */
    public static Optional<String> status(UserNotification notification) {
        return field(notification, "status");
    }

    /** 12.6's {@code finesseMMode} (IN_PROGRESS, COMPLETED, FAILED) when the Update carries one. */
    public static Optional<String> maintenanceMode(UserNotification notification) {
        return field(notification, "finesseMMode");
    }

    private static Optional<String> field(UserNotification notification, String name) {
        if (!NODE.equalsIgnoreCase(notification.node()) || notification.payload() == null) {
            return Optional.empty();
        }
        try {
            XmlNode payload = XmlNode.parse(notification.payload());
            XmlNode info = payload.is("SystemInfo") ? payload : payload.find("SystemInfo").orElse(payload);
            String value = info.childText(name).trim();
            return value.isEmpty() ? Optional.empty() : Optional.of(value.toUpperCase(Locale.ROOT));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
