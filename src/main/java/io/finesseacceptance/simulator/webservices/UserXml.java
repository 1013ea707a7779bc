package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.agents.AgentStatus;
import io.finesseacceptance.simulator.agents.ConfiguredReasonCode;

/** The User document; GET answers it as {@code <User>}, Updates carry it as {@code <user>}. */
final class UserXml {

    private UserXml() {
    }

    static String uri(String id) {
        return "/finesse/api/User/" + id;
    }

    static String document(AgentProfile profile, AgentStatus status) {
        return write("User", profile, status);
    }

    static String notificationData(AgentProfile profile, AgentStatus status) {
        return write("user", profile, status);
    }

    private static String write(String root, AgentProfile profile, AgentStatus status) {
        XmlBuilder xml = new XmlBuilder().open(root)
                .element("uri", uri(profile.id()))
                .open("roles").element("role", "Agent").close("roles")
                .element("loginId", profile.id())
                .element("loginName", profile.loginName())
                .element("state", status.state().name())
                .element("stateChangeTime", status.stateChangeTime().map(FinesseTimestamps::format).orElse(""))
                .element("pendingState", "")
                .element("reasonCodeId", status.reasonCodeId());
        status.reasonCode().ifPresent(code -> reasonCode(xml, code));
        return xml.open("settings").element("wrapUpOnIncoming", "").element("wrapUpOnOutgoing", "").close("settings")
                .element("extension", status.extension())
                .element("firstName", profile.firstName())
                .element("lastName", profile.lastName())
                .element("teamId", profile.teamId())
                .element("teamName", profile.teamName())
                .element("dialogs", uri(profile.id()) + "/Dialogs")
                .element("mediaType", "1")
                .close(root).toString();
    }

    private static void reasonCode(XmlBuilder xml, ConfiguredReasonCode code) {
        xml.open("ReasonCode")
                .element("category", code.category().name())
                .element("uri", code.uri())
                .element("code", code.code())
                .element("label", code.label())
                .element("forAll", code.forAll())
                .element("systemCode", code.systemCode())
                .element("id", code.id())
                .close("ReasonCode");
    }
}
