package io.finesseacceptance.simulator.rest;

import java.time.Instant;

/** {@code <SystemInfo>}; the status is passed separately because the out-of-service switch overrides it. */
final class SystemInfoXml {

    private SystemInfoXml() {
    }

    static String document(SystemInfoSettings settings, SystemStatus status, Instant now) {
        XmlBuilder xml = new XmlBuilder().open("SystemInfo")
                .element("currentTimestamp", FinesseTimestamps.format(now))
                .element("deploymentType", settings.deploymentType().name())
                .element("license", "")
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
                .element("lastCTIHeartbeatStatus", "success")
                .element("ctiVersion", settings.ctiVersion())
                .close("SystemInfo").toString();
    }
}
