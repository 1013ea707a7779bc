package io.finesseacceptance.simulator.webservices;

import java.time.Instant;

/** {@code <SystemInfo>}; the status is passed separately because runtime switches override it. */
final class SystemInfoXml {

    /** Seconds between CTI heartbeats; Finesse declares the CTI link lost after 3 missed ones. */
    static final int CTI_HEARTBEAT_INTERVAL_SECONDS = 5;
    /** A made-up peripheral (PG) id; real values are site configuration. */
    static final String PERIPHERAL_ID = "5000";

    private SystemInfoXml() {
    }

    /** @param lastHeartbeat the last moment the simulated CTI link was known to be up */
    static String document(SystemInfoSettings settings, SystemStatus status, Instant now, Instant lastHeartbeat) {
        XmlBuilder xml = new XmlBuilder().open("SystemInfo")
                .element("currentTimestamp", FinesseTimestamps.format(now))
                .element("deploymentType", settings.deploymentType().name())
                .element("license", "")
                .element("peripheralId", PERIPHERAL_ID)
                .open("primaryNode").element("host", settings.primaryNodeHost()).close("primaryNode");
        if (settings.secondaryNodeHost().isEmpty()) {
            xml.element("secondaryNode", "");
        } else {
            xml.open("secondaryNode").element("host", settings.secondaryNodeHost()).close("secondaryNode");
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
}
