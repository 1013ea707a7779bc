package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Variant;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How to run the embedded Finesse.
 *
 * @param restPort          0 picks a free port
 * @param xmppPort          0 picks a free port
 * @param notificationDelay time between the 202 and the notification, as a CTI round trip would take
 * @param restHttps         REST over HTTPS (as every 12.5 lab), or plain HTTP
 * @param xmppAccess        which of the notification service's doors the printed settings point at
 * @param variants          documented alternatives to the simulator's default answers (docs/finesse-contract.md §16)
 */
public record SimulatorOptions(DeploymentType deploymentType, int agentCount, int restPort, int xmppPort,
                               String xmppDomain, Duration notificationDelay, Set<Fault> faults,
                               boolean restHttps, XmppAccess xmppAccess, Set<Variant> variants) {

    public SimulatorOptions {
        faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
        variants = variants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(variants));
        if (agentCount < 1) {
            throw new IllegalArgumentException("the simulator needs at least one agent");
        }
    }

    public static SimulatorOptions defaults() {
        return new SimulatorOptions(DeploymentType.UCCE, 4, 0, 0, "finesse-sim.localdomain", Duration.ofMillis(1),
                Set.of(), true, XmppAccess.TCP_STARTTLS, Set.of());
    }

    /**
     * Defaults, adjusted by {@code -Dfinesse.simulator.agents=N}, {@code .deployment=UCCE|UCCX},
     * {@code .xmpp=TCP_PLAIN|TCP_STARTTLS|DIRECT_TLS|BOSH_HTTP|BOSH_HTTPS}, {@code .ctiDelayMs=N}
     * (time from a 202 to its notification; a real CTI round trip takes tens of milliseconds) and
     * {@code .variants=NAME,NAME} (documented alternatives, {@link Variant}).
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
        String variants = System.getProperty("finesse.simulator.variants");
        if (variants != null && !variants.isBlank()) {
            options = options.withVariants(Arrays.stream(variants.split(",")).map(String::trim)
                    .filter(name -> !name.isEmpty()).map(name -> Variant.valueOf(name.toUpperCase(Locale.ROOT)))
                    .collect(Collectors.toSet()));
        }
        return options;
    }

    public SimulatorOptions withVariants(Set<Variant> chosen) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                faults, restHttps, xmppAccess, chosen);
    }

    public SimulatorOptions withFaults(Set<Fault> chosen) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                chosen, restHttps, xmppAccess, variants);
    }

    public SimulatorOptions withDeploymentType(DeploymentType type) {
        return new SimulatorOptions(type, agentCount, restPort, xmppPort, xmppDomain, notificationDelay, faults,
                restHttps, xmppAccess, variants);
    }

    public SimulatorOptions withPorts(int rest, int xmpp) {
        return new SimulatorOptions(deploymentType, agentCount, rest, xmpp, xmppDomain, notificationDelay, faults,
                restHttps, xmppAccess, variants);
    }

    public SimulatorOptions withNotificationDelay(Duration delay) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, delay, faults,
                restHttps, xmppAccess, variants);
    }

    public SimulatorOptions withAgentCount(int count) {
        return new SimulatorOptions(deploymentType, count, restPort, xmppPort, xmppDomain, notificationDelay, faults,
                restHttps, xmppAccess, variants);
    }

    public SimulatorOptions withRestHttps(boolean https) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                faults, https, xmppAccess, variants);
    }

    public SimulatorOptions withXmppAccess(XmppAccess access) {
        return new SimulatorOptions(deploymentType, agentCount, restPort, xmppPort, xmppDomain, notificationDelay,
                faults, restHttps, access, variants);
    }
}
