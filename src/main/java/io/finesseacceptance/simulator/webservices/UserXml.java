package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.agents.AgentStatus;
import io.finesseacceptance.simulator.agents.ConfiguredReasonCode;
import io.finesseacceptance.simulator.faults.Release;

/**
 * The User document as one release writes it; GET answers it as {@code <User>}, Updates carry it as
 * {@code <user>}, both from the one instance the server holds. {@link Release#NEXT} adds
 * {@code <skillTargetId>} and renames {@code <teamName>} (planted changes 1 and 2).
 */
final class UserXml {

    private final Release release;

    UserXml(Release release) {
        this.release = release;
    }

    static String uri(String id) {
        return "/finesse/api/User/" + id;
    }

    String document(AgentProfile profile, AgentStatus status) {
        return write("User", profile, status);
    }

    String notificationData(AgentProfile profile, AgentStatus status) {
        return write("user", profile, status);
    }

    private String write(String root, AgentProfile profile, AgentStatus status) {
        XmlBuilder xml = new XmlBuilder().open(root)
                .element("uri", uri(profile.id()))
                .open("roles").element("role", "Agent").close("roles")
                .element("loginId", profile.id())
                .element("loginName", profile.loginName());
        if (release == Release.NEXT) {
            xml.element(Release.ADDED_USER_ELEMENT, skillTargetId(profile.id()));
        }
        xml.element("state", status.state().name())
                .element("stateChangeTime", status.stateChangeTime().map(FinesseTimestamps::format).orElse(""))
                .element("pendingState", "")
                .element("reasonCodeId", status.reasonCodeId());
        status.reasonCode().ifPresent(code -> reasonCode(xml, code));
        return xml.open("settings").element("wrapUpOnIncoming", "").element("wrapUpOnOutgoing", "").close("settings")
                .element("extension", status.extension())
                .element("firstName", profile.firstName())
                .element("lastName", profile.lastName())
                .element("teamId", profile.teamId())
                .element(release == Release.NEXT ? Release.RENAMED_USER_ELEMENT_TO : Release.RENAMED_USER_ELEMENT,
                        profile.teamName())
                .element("dialogs", uri(profile.id()) + "/Dialogs")
                .element("mediaType", "1")
                .close(root).toString();
    }

    /** Digits, the same for an agent every time: 5 and the id for a numeric id (agent 1001: 51001). */
    static String skillTargetId(String agentId) {
        return agentId.chars().allMatch(c -> c >= '0' && c <= '9') && agentId.length() < 10 ? "5" + agentId
                : String.valueOf(5_000_000 + Math.floorMod(agentId.hashCode(), 1_000_000));
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
