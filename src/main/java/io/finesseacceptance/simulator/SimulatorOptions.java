package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How to run the embedded Finesse.
 *
 * @param restPort          0 picks a free port
 * @param xmppPort          0 picks a free port
 * @param notificationDelay time between the 202 and the notification, as a CTI round trip would take
 */
public record SimulatorOptions(DeploymentType deploymentType, int agentCount, int restPort, int xmppPort,
                               String xmppDomain, Duration notificationDelay, Set<Fault> faults) {

    public SimulatorOptions {
        faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
        if (agentCount < 1) {
            throw new IllegalArgumentException("the simulator needs at least one agent");
        }
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(DeploymentType.UCCE, 4, 0, 0, "finesse-sim.localdomain", Duration.ofMillis(1),
                Set.of());
    }

    public SimulatorOptions withFaults(Set<Fault> chosen) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                chosen);
    }

    public SimulatorOptions withDeploymentType(DeploymentType type) {
        return new SimulatorOptions(type, agentCount, restPort, xmppPort, xmppDomain, notificationDelay, faults);
    }

    public SimulatorOptions withPorts(int rest, int xmpp) {
        return new SimulatorOptions(deploymentType, agentCount, rest, xmpp, xmppDomain, notificationDelay, faults);
    }

    public SimulatorOptions withNotificationDelay(Duration delay) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, delay, faults);
    }

    public SimulatorOptions withAgentCount(int count) {
        return new SimulatorOptions(deploymentType, count, restPort, xmppPort, xmppDomain, notificationDelay, faults);
    }
}
