package io.finesseacceptance.simulator.webservices;

import io.finesseacceptance.simulator.agents.AgentProfile;
import io.finesseacceptance.simulator.agents.AgentStatus;
import io.finesseacceptance.simulator.agents.ConfiguredReasonCode;
import io.finesseacceptance.simulator.agents.Team;
import io.finesseacceptance.simulator.faults.Release;
import java.util.List;
import java.util.function.Function;

/**
 * The User document as one release writes it; GET answers it as {@code <User>}, Updates carry it as
 * {@code <user>}, both from the one instance the server holds. {@link Release#NEXT} adds
 * {@code <skillTargetId>} and renames {@code <teamName>} (planted changes 1 and 2).
 */
final class UserXml {

    private final Release release;
    private final Function<String, List<Team>> supervisedTeams;

    UserXml(Release release) {
        this(release, id -> List.of());
    }

    /** @param supervisedTeams the teams a user id supervises: a supervisor's User shows them, and the Supervisor role */
    UserXml(Release release, Function<String, List<Team>> supervisedTeams) {
        this.release = release;
        this.supervisedTeams = supervisedTeams;
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

    /**
     * The summary of a team member a Team document ({@code <User>}) and a team Update ({@code <user>}) carry:
     * uri, loginId, firstName, lastName, dialogs, extension, pendingState, state, stateChangeTime, and the
     * ReasonCode when there is one (Cisco's Team page).
     */
    String teamMember(String root, AgentProfile profile, AgentStatus status) {
        XmlBuilder xml = new XmlBuilder().open(root)
                .element("uri", uri(profile.id()))
                .element("loginId", profile.id())
                .element("firstName", profile.firstName())
                .element("lastName", profile.lastName())
                .element("dialogs", uri(profile.id()) + "/Dialogs")
                .element("extension", status.extension())
                .element("pendingState", "")
                .element("state", status.state().name())
                .element("stateChangeTime", status.stateChangeTime().map(FinesseTimestamps::format).orElse(""));
        status.reasonCode().ifPresent(code -> reasonCode(xml, code));
        return xml.close(root).toString();
    }

    private String write(String root, AgentProfile profile, AgentStatus status) {
        List<Team> teams = supervisedTeams.apply(profile.id());
        XmlBuilder xml = new XmlBuilder().open(root)
                .element("uri", uri(profile.id()))
                .open("roles").element("role", "Agent");
        if (!teams.isEmpty()) {
            xml.element("role", "Supervisor");
        }
        xml.close("roles")
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
        xml.open("settings").element("wrapUpOnIncoming", "").element("wrapUpOnOutgoing", "").close("settings")
                .element("extension", status.extension())
                .element("firstName", profile.firstName())
                .element("lastName", profile.lastName())
                .element("teamId", profile.teamId())
                .element(release == Release.NEXT ? Release.RENAMED_USER_ELEMENT_TO : Release.RENAMED_USER_ELEMENT,
                        profile.teamName());
        if (!teams.isEmpty()) {
            xml.open("teams");
            for (Team team : teams) {
                xml.open("Team").element("uri", team.uri()).element("id", team.id()).element("name", team.name())
                        .close("Team");
            }
            xml.close("teams");
        }
        return xml.element("dialogs", uri(profile.id()) + "/Dialogs")
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
