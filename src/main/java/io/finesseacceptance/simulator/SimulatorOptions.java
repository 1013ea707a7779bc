package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * How to run the embedded Finesse.
 *
 * @param restPort          0 picks a free port
 * @param xmppPort          0 picks a free port
 * @param notificationDelay time between the 202 and the notification, as a CTI round trip would take
 * @param restHttps         REST over HTTPS (as every 12.5 lab), or plain HTTP
 * @param xmppAccess        which of the notification service's doors the printed settings point at
 */
public record SimulatorOptions(DeploymentType deploymentType, int agentCount, int restPort, int xmppPort,
                               String xmppDomain, Duration notificationDelay, Set<Fault> faults,
                               boolean restHttps, XmppAccess xmppAccess) {

    public SimulatorOptions {
        faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
        if (agentCount < 1) {
            throw new IllegalArgumentException("the simulator needs at least one agent");
        }
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(DeploymentType.UCCE, 4, 0, 0, "finesse-sim.localdomain", Duration.ofMillis(1),
                Set.of(), true, XmppAccess.TCP_STARTTLS);
    }

    /**
     * Defaults, adjusted by {@code -Dfinesse.simulator.agents=N}, {@code .deployment=UCCE|UCCX},
     * {@code .xmpp=TCP_PLAIN|TCP_STARTTLS|DIRECT_TLS|BOSH_HTTP|BOSH_HTTPS} and {@code .ctiDelayMs=N}
     * (time from a 202 to its notification; a real CTI round trip takes tens of milliseconds).
     */
    public static SimulatorOptions fromSystemProperties() {
        SimulatorOptions options = defaults();
        options = options.withAgentCount(Integer.getInteger("finesse.simulator.agents", options.agentCount()));
        String deployment = System.getProperty("finesse.simulator.deployment");
        if (deployment != null && !deployment.isBlank()) {
            options = options.withDeploymentType(DeploymentType.valueOf(deployment.trim().toUpperCase(Locale.ROOT)));
        }
        options = options.withNotificationDelay(Duration.ofMillis(
                Integer.getInteger("finesse.simulator.ctiDelayMs", (int) options.notificationDelay().toMillis())));
        String access = System.getProperty("finesse.simulator.xmpp");
        if (access != null && !access.isBlank()) {
            options = options.withXmppAccess(XmppAccess.valueOf(access.trim().toUpperCase(Locale.ROOT)));
        }
        return options;
    }

    public SimulatorOptions withFaults(Set<Fault> chosen) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                chosen, restHttps, xmppAccess);
    }

    public SimulatorOptions withDeploymentType(DeploymentType type) {
        return new SimulatorOptions(type, agentCount, restPort, xmppPort, xmppDomain, notificationDelay, faults,
                restHttps, xmppAccess);
    }

    public SimulatorOptions withPorts(int rest, int xmpp) {
        return new SimulatorOptions(deploymentType, agentCount, rest, xmpp, xmppDomain, notificationDelay, faults,
                restHttps, xmppAccess);
    }

    public SimulatorOptions withNotificationDelay(Duration delay) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, delay, faults,
                restHttps, xmppAccess);
    }

    public SimulatorOptions withAgentCount(int count) {
        return new SimulatorOptions(deploymentType, count, restPort, xmppPort, xmppDomain, notificationDelay, faults,
                restHttps, xmppAccess);
    }

    public SimulatorOptions withRestHttps(boolean https) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                faults, https, xmppAccess);
    }

    public SimulatorOptions withXmppAccess(XmppAccess access) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                faults, restHttps, access);
    }
}
