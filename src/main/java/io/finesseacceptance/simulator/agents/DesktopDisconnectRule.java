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
        if (!current.isSignedIn()) {
            return Optional.empty();
        }
        if (deploymentType == DeploymentType.UCCX || logoutOnAgentDisconnect) {
            return Optional.of(current.changedBySystem(RequestedState.LOGOUT, now, "", FORCED_LOGOUT_REASON_CODE));
        }
        return Optional.of(current.changedBySystem(RequestedState.NOT_READY, now, current.extension(),
                FORCED_LOGOUT_REASON_CODE));
    }
}
