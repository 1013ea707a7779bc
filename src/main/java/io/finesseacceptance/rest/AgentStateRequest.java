package io.finesseacceptance.rest;

import io.finesseacceptance.finesse.AgentState;
import java.util.Optional;

/**
 * The body of {@code PUT /finesse/api/User/{id}}: a state, and the extension (sign-in) or reason code
 * (NOT_READY, LOGOUT) that goes with it.
 */
public record AgentStateRequest(AgentState state, Optional<String> extension, Optional<String> reasonCodeId) {

    public static AgentStateRequest signIn(String extension) {
        return new AgentStateRequest(AgentState.LOGIN, Optional.of(extension), Optional.empty());
    }

    public static AgentStateRequest signOut() {
        return of(AgentState.LOGOUT);
    }

    public static AgentStateRequest of(AgentState state) {
        return new AgentStateRequest(state, Optional.empty(), Optional.empty());
    }

    public AgentStateRequest withReasonCode(String reasonCodeId) {
        return new AgentStateRequest(state, extension, Optional.of(reasonCodeId));
    }

    /** The state Finesse should announce once the request is done: a sign-in ends in NOT_READY. */
    public AgentState expectedState() {
        return state == AgentState.LOGIN ? AgentState.NOT_READY : state;
    }

    public String toXml() {
        StringBuilder xml = new StringBuilder("<User><state>").append(state.name()).append("</state>");
        extension.ifPresent(value -> xml.append("<extension>").append(escape(value)).append("</extension>"));
        reasonCodeId.ifPresent(value -> xml.append("<reasonCodeId>").append(escape(value)).append("</reasonCodeId>"));
        return xml.append("</User>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(state.name());
        extension.ifPresent(value -> text.append(" on extension ").append(value));
        reasonCodeId.ifPresent(value -> text.append(" with reasonCodeId ").append(value));
        return text.toString();
    }
}
