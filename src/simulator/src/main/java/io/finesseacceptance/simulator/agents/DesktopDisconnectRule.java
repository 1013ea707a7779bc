package io.finesseacceptance.simulator.agents;

import java.time.Instant;
import java.util.Optional;

/**
 * What Finesse's forced logout does to an agent whose desktop stayed unavailable past the grace
 * period: it asks the CTI server to log the agent out with system reason 255. UCCX does so; UCCE
 * does so only with "Logout On Agent Disconnect" (LOAD=1) and otherwise makes the agent NOT_READY.
 *
 * @param logoutOnAgentDisconnect UCCE's LOAD setting; UCCX ignores it
 */
public record DesktopDisconnectRule(DeploymentType deploymentType, boolean logoutOnAgentDisconnect) {

    public static final String FORCED_LOGOUT_REASON_CODE = "255";

    /** Empty when there is nothing to force: the agent is already signed out. */
    public Optional<AgentStatus> after(AgentStatus current, Instant now) {
        return after(current, now, FORCED_LOGOUT_REASON_CODE);
    }

    /**
     * As {@link #after(AgentStatus, Instant)}, with {@code reasonCodeId} in place of 255 (empty: none), for a
     * fault that leaves the reason out.
     */
    public Optional<AgentStatus> after(AgentStatus current, Instant now, String reasonCodeId) {
        if (!current.isSignedIn()) {
            return Optional.empty();
        }
        if (deploymentType == DeploymentType.UCCX || logoutOnAgentDisconnect) {
            return Optional.of(current.changedBySystem(RequestedState.LOGOUT, now, "", reasonCodeId));
        }
        return Optional.of(current.changedBySystem(RequestedState.NOT_READY, now, current.extension(), reasonCodeId));
    }
}
