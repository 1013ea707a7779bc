package io.finesseacceptance.finesse;

import java.util.List;

/** Reads the Finesse documents the suite meets (User, ReasonCodes, SystemInfo, ApiErrors) into records. */
public final class FinesseDocuments {

    private FinesseDocuments() {
    }

    public static User user(XmlNode user) {
        return new User(
                user.childText("loginId"),
                AgentState.parse(user.childText("state")).orElse(AgentState.UNKNOWN),
                user.childText("extension"),
                user.childText("reasonCodeId"),
                user.childText("pendingState"),
                user.childText("stateChangeTime"),
                user.childText("teamId"),
                user.child("ReasonCode").map(code -> code.childText("code")).orElse(""));
    }

    /** The ids of the teams a supervisor's User lists under {@code teams/Team}. */
    public static List<String> supervisedTeams(XmlNode user) {
        return user.child("teams").map(teams -> teams.children("Team").stream().map(team -> team.childText("id"))
                .filter(id -> !id.isEmpty()).toList()).orElse(List.of());
    }

    /** The {@code roles/role} values of a User document (Agent, Supervisor). */
    public static List<String> roles(XmlNode user) {
        return user.child("roles").map(roles -> roles.children("role").stream().map(XmlNode::text).toList())
                .orElse(List.of());
    }

    public static List<ReasonCode> reasonCodes(XmlNode reasonCodes) {
        return reasonCodes.children("ReasonCode").stream().map(FinesseDocuments::reasonCode).toList();
    }

    public static ReasonCode reasonCode(XmlNode code) {
        String uri = code.childText("uri");
        String id = code.childText("id");
        if (id.isEmpty() && uri.contains("/")) {
            id = uri.substring(uri.lastIndexOf('/') + 1);
        }
        return new ReasonCode(id, code.childText("category"), code.childText("code"), code.childText("label"),
                Boolean.parseBoolean(code.childText("systemCode")));
    }

    public static SystemInfo systemInfo(XmlNode info) {
        return new SystemInfo(
                info.childText("status"),
                info.childText("statusReason"),
                info.childText("deploymentType"),
                info.childText("xmppDomain"),
                info.childText("xmppPubSubDomain"),
                info.child("primaryNode").map(FinesseNode::of).orElse(FinesseNode.NONE),
                info.child("secondaryNode").map(FinesseNode::of).orElse(FinesseNode.NONE));
    }

    /** Both spellings: {@code ApiErrors/ApiError/ErrorType} (REST) and {@code apiErrors/apiError/errorType} (XMPP). */
    public static List<ApiError> apiErrors(XmlNode apiErrors) {
        return apiErrors.children("ApiError").stream()
                .map(error -> new ApiError(error.childText("ErrorType"), error.childText("ErrorData"),
                        error.childText("ErrorMessage")))
                .toList();
    }
}
