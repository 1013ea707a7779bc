package io.finesseacceptance.steps;

import io.finesseacceptance.finesse.AgentState;
import java.time.Duration;

/**
 * What a forced-logout scenario waits for, and the words of its failure.
 *
 * @param howTheDesktopWent e.g. "dropped its connection without a word"
 * @param setting           what decided the state: UCCE's FINESSE_LOGOUT_ON_AGENT_DISCONNECT, or the deployment type
 */
record ForcedLogoutExpectation(String agentId, AgentState state, String reason,
                               String howTheDesktopWent, Duration within, String setting) {

    /** "agent 1001: its desktop went offline …, but Finesse did not make the agent LOGOUT with reason 255 …" */
    String notMet(String seenWhere) {
        return "agent %s: its desktop %s, but Finesse did not make the agent %s with reason %s within the forced logout"
                .formatted(agentId, howTheDesktopWent, state, reason)
                + " wait (%d s, FINESSE_FORCED_LOGOUT_WAIT; %s), as seen %s".formatted(within.toSeconds(), setting,
                seenWhere);
    }
}
