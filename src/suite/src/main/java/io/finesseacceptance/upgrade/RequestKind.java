package io.finesseacceptance.upgrade;

import io.finesseacceptance.finesse.AgentState;
import io.finesseacceptance.rest.AgentStateRequest;
import java.util.Locale;

/**
 * What kind of request a scenario sent, in words that stay the same from lab to lab and run to run (no
 * extension numbers, no reason code ids), so that a baseline's entry and a later run's entry meet.
 */
public final class RequestKind {

    private RequestKind() {
    }

    public static String of(AgentStateRequest request, boolean forAnotherAgent) {
        String kind = switch (AgentState.parse(request.state()).orElse(AgentState.UNKNOWN)) {
            case LOGIN -> "sign-in";
            case LOGOUT -> "sign-out";
            case READY -> "READY";
            case NOT_READY -> "NOT_READY";
            default -> request.state().isEmpty() ? "a change that names no state"
                    : "the state \"" + request.state().toUpperCase(Locale.ROOT) + "\"";
        };
        if (request.reasonCodeId().isPresent()) {
            kind += " with a reason";
        }
        return forAnotherAgent ? kind + " for another agent" : kind;
    }
}
