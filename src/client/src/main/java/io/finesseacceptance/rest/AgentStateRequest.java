package io.finesseacceptance.rest;

import io.finesseacceptance.finesse.AgentState;
import java.util.Optional;

/**
 * The body of {@code PUT /finesse/api/User/{id}}: a state, and the extension (sign-in) or reason code
 * (NOT_READY, LOGOUT) that goes with it. The state is text, because the suite also asks for states
 * Finesse must refuse; an empty state leaves the element out.
 */
public record AgentStateRequest(String state, Optional<String> extension, Optional<String> reasonCodeId) {

    public static AgentStateRequest signIn(String extension) {
        return new AgentStateRequest(AgentState.LOGIN.name(), Optional.of(extension), Optional.empty());
    }

    public static AgentStateRequest signOut() {
        return of(AgentState.LOGOUT);
    }

    public static AgentStateRequest of(AgentState state) {
        return named(state.name());
    }

    /** Any state name, known to Finesse or not. */
    public static AgentStateRequest named(String state) {
        return new AgentStateRequest(state, Optional.empty(), Optional.empty());
    }

    /** A request that names no state at all. */
    public static AgentStateRequest withoutState() {
        return named("");
    }

    public AgentStateRequest withReasonCode(String reasonCodeId) {
        return new AgentStateRequest(state, extension, Optional.of(reasonCodeId));
    }

    /** The state Finesse should announce once the request is done: a sign-in ends in NOT_READY. */
    public AgentState expectedState() {
        AgentState asked = AgentState.parse(state).orElse(AgentState.UNKNOWN);
        return asked == AgentState.LOGIN ? AgentState.NOT_READY : asked;
    }

    public String toXml() {
        StringBuilder xml = new StringBuilder("<User>");
        if (!state.isEmpty()) {
            xml.append("<state>").append(escape(state)).append("</state>");
        }
        extension.ifPresent(value -> xml.append("<extension>").append(escape(value)).append("</extension>"));
        reasonCodeId.ifPresent(value -> xml.append("<reasonCodeId>").append(escape(value)).append("</reasonCodeId>"));
        return xml.append("</User>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(state.isEmpty() ? "no state" : state);
        extension.ifPresent(value -> text.append(" on extension ").append(value));
        reasonCodeId.ifPresent(value -> text.append(" with reasonCodeId ").append(value));
        return text.toString();
    }
}
