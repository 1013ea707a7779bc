package io.finesseacceptance.simulator.webservices;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code <SystemInfo>}; the status is passed separately because runtime switches override it. */
final class SystemInfoXml {

    /** Seconds between CTI heartbeats; Finesse declares the CTI link lost after 3 missed ones. */
    static final int CTI_HEARTBEAT_INTERVAL_SECONDS = 5;
    /** A made-up peripheral (PG) id; real values are site configuration. */
    static final String PERIPHERAL_ID = "5000";

    private SystemInfoXml() {
    }

    /** {@code finesseMMode} and {@code finesseTimeInMMode}: the node's maintenance mode and its seconds in it. */
    record Maintenance(FinesseMaintenanceMode mode, long seconds) {
    }

    /** @param lastHeartbeat the last moment the simulated CTI link was known to be up */
    static String document(SystemInfoSettings settings, SystemStatus status, Instant now, Instant lastHeartbeat) {
        return document(settings, status, now, lastHeartbeat, List.of(), Optional.empty());
    }

    /**
     * @param cluster     empty for the 12.5 form (the primary's host alone, an empty secondaryNode); else the
     *                    primary and the secondary node with their ports, the 12.6(2) form
     * @param maintenance shown only while the node has a maintenance mode, where the DC page lists it
     */
    static String document(SystemInfoSettings settings, SystemStatus status, Instant now, Instant lastHeartbeat,
            List<ClusterNode> cluster, Optional<Maintenance> maintenance) {
        XmlBuilder xml = new XmlBuilder().open("SystemInfo")
                .element("currentTimestamp", FinesseTimestamps.format(now))
                .element("deploymentType", settings.deploymentType().name());
        maintenance.ifPresent(shown -> xml.element("finesseMMode", shown.mode().name())
                .element("finesseTimeInMMode", shown.seconds()));
        xml.element("license", "")
                .element("peripheralId", PERIPHERAL_ID);
        if (!cluster.isEmpty()) {
            node(xml, "primaryNode", cluster.get(0));
            node(xml, "secondaryNode", cluster.get(1));
        } else {
            xml.open("primaryNode").element("host", settings.primaryNodeHost()).close("primaryNode");
            if (settings.secondaryNodeHost().isEmpty()) {
                xml.element("secondaryNode", "");
            } else {
                xml.open("secondaryNode").element("host", settings.secondaryNodeHost()).close("secondaryNode");
            }
        }
        return xml.element("status", status.name())
                .element("statusReason", "")
                .element("systemAuthMode", "NON_SSO")
                .element("timezoneOffset", settings.timezoneOffsetMinutes())
                .element("uri", "/finesse/api/SystemInfo")
                .element("xmppDomain", settings.xmppDomain())
                .element("xmppPubSubDomain", settings.pubsubDomain())
                .element("lastCTIHeartbeatStatus", status == SystemStatus.IN_SERVICE ? "success" : "failure")
                .element("lastSuccessCTIHeartbeatTime", FinesseTimestamps.format(lastHeartbeat))
                .element("ctiHeartbeatInterval", CTI_HEARTBEAT_INTERVAL_SECONDS)
                .element("ctiVersion", settings.ctiVersion())
                .close("SystemInfo").toString();
    }

    private static void node(XmlBuilder xml, String element, ClusterNode node) {
        xml.open(element).element("host", node.host()).element("httpsPort", node.httpsPort())
                .element("xmppPort", node.xmppPort()).element("xmppSecurePort", node.xmppSecurePort()).close(element);
    }
}
