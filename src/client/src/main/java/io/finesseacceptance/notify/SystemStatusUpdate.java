package io.finesseacceptance.notify;

import io.finesseacceptance.finesse.XmlNode;
import java.util.Locale;
import java.util.Optional;

/**
 * A SystemInfo Update (node {@code /finesse/api/SystemInfo}): how Finesse tells connected clients that it
 * went OUT_OF_SERVICE (the CTI link lost, a CTI failover under way) and back IN_SERVICE
 * (docs/finesse-contract.md §20).
 */
public final class SystemStatusUpdate {

    public static final String NODE = "/finesse/api/SystemInfo";

    private SystemStatusUpdate() {
    }

    /** The status the Update announces, upper case; empty for any other Update. */
    public static Optional<String> status(UserNotification notification) {
        if (!NODE.equalsIgnoreCase(notification.node()) || notification.payload() == null) {
            return Optional.empty();
        }
        try {
            XmlNode payload = XmlNode.parse(notification.payload());
            XmlNode info = payload.is("SystemInfo") ? payload : payload.find("SystemInfo").orElse(payload);
            String status = info.childText("status").trim();
            return status.isEmpty() ? Optional.empty() : Optional.of(status.toUpperCase(Locale.ROOT));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
