package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.external.ExternalXmppServer;
import io.finesseacceptance.simulator.faults.FaultSwitches;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.nodes.FinesseDeployment;
import io.finesseacceptance.simulator.nodes.Side;
import io.finesseacceptance.simulator.notifications.NotificationPublisher;
import io.finesseacceptance.simulator.tls.CaFile;
import io.finesseacceptance.simulator.tls.SimulatorCertificates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Starts a whole simulator from its options: the per-run CA, the agents and switches every node shares, the
 * node or nodes ({@link NodeLauncher} starts each), and the control server last.
 */
final class SimulatorLauncher {

    private SimulatorLauncher() {
    }

    /** With the embedded notification service, on one node or two; see {@link FinesseSimulator#start}. */
    static FinesseSimulator embedded(SimulatorConfig options) {
        boolean twoNodes = options.nodes() == 2;
        SimulatorConfig secondaryOptions = options.forSecondaryNode();
        if (twoNodes && secondaryOptions.xmppDomain().equals(options.xmppDomain())) {
            throw new IllegalArgumentException("the secondary node needs an XMPP domain of its own, not the"
                    + " primary's " + options.xmppDomain() + " (--secondary-xmpp-domain)");
        }
        List<String> domains = twoNodes ? List.of(options.xmppDomain(), secondaryOptions.xmppDomain())
                : List.of(options.xmppDomain());
        SimulatorCertificates certificates = certificatesFor(domains, options.bindAddress());
        Path caPem = CaFile.write(certificates, options.caFile());
        AgentDirectory agents = agentsFor(options);
        FaultSwitches faults = switchesFor(options);
        FinesseDeployment deployment = FinesseDeployment.start(options.nodes(), faults, options.maintenanceTimeout(),
                seat -> NodeLauncher.embedded(seat, seat.side() == Side.PRIMARY ? options : secondaryOptions,
                        certificates, agents, faults, twoNodes), NodeLauncher::clusterNode);
        Map<String, String> secondarySettings = deployment.secondary().map(secondary -> PrintedXmppSettings
                .secondary(secondaryOptions, secondary.embeddedService(), secondary.baseUrl().getPort()))
                .orElse(Map.of());
        return withControl(options, agents, caPem, deployment, PrintedXmppSettings.embedded(options,
                deployment.primary().embeddedService(), deployment.primary().baseUrl().getPort()), secondarySettings,
                faults, () -> { });
    }

    /** With {@code server} as the notification service, on one node; see {@link FinesseSimulator#startWith}. */
    static <P extends NotificationPublisher & AutoCloseable> FinesseSimulator external(
            SimulatorConfig options, SimulatorCertificates certificates, ExternalXmppServer server,
            BiFunction<ExternalXmppServer, List<String>, P> connect) {
        AgentDirectory agents = agentsFor(options);
        FaultSwitches faults = switchesFor(options);
        P publisher = connect.apply(server, agents.all().stream().map(agent -> agent.profile().id()).toList());
        try {
            SimulatorConfig external = options.withXmppPort(0).withXmppDomain(server.xmppDomain())
                    .withXmppAccess(XmppAccess.TCP_STARTTLS).withNodes(1);
            FinesseDeployment deployment = FinesseDeployment.start(1, faults, external.maintenanceTimeout(),
                    seat -> NodeLauncher.external(seat, external, certificates, agents, faults, publisher),
                    NodeLauncher::clusterNode);
            Map<String, String> xmppSettings = new LinkedHashMap<>();
            PrintedXmppSettings.tcp(xmppSettings, server.host(), server.tcpPort(), "required");
            return withControl(external, agents, server.caPem(), deployment, xmppSettings, Map.of(), faults,
                    publisher);
        } catch (RuntimeException | Error failed) {
            try {
                publisher.close();
            } catch (Exception closing) {
                failed.addSuppressed(closing);
            }
            throw failed;
        }
    }

    private static AgentDirectory agentsFor(SimulatorConfig options) {
        AgentDirectory agents = AgentDirectory.withDefaultUsers(options.agentCount(), options.supervisorCount());
        if (options.release() == Release.NEXT) {
            agents.reasonCodes().remove(Release.REMOVED_REASON_CODE_ID); // planted change 3
        }
        return agents;
    }

    /** The start-up faults and variants, with those the release answers with (planted change 4). */
    private static FaultSwitches switchesFor(SimulatorConfig options) {
        FaultSwitches switches = new FaultSwitches();
        options.faults().forEach(switches::enable);
        options.effectiveVariants().forEach(switches::enable);
        return switches;
    }

    private static SimulatorCertificates certificatesFor(List<String> domains, String bindAddress) {
        // a CA of its own per run: the suite trusts exactly it, as it trusts a lab's CA (FINESSE_CA_CERT)
        List<String> addresses = new ArrayList<>(List.of(FinesseSimulator.LOOPBACK));
        String host = FinesseSimulator.advertisedHost(bindAddress);
        if (!addresses.contains(host)) {
            addresses.add(host);
        }
        List<String> names = new ArrayList<>(domains);
        names.add("localhost");
        return SimulatorCertificates.generate("finesse-acceptance simulator CA", names, addresses);
    }

    private static FinesseSimulator withControl(SimulatorConfig options, AgentDirectory agents, Path caPem,
                                                FinesseDeployment deployment, Map<String, String> xmppSettings,
                                                Map<String, String> secondaryXmppSettings, FaultSwitches faults,
                                                AutoCloseable notifications) {
        try {
            SimulatorControlServer control = new SimulatorControlServer(options.bindAddress(),
                    FinesseSimulator.advertisedHost(options.bindAddress()), options.controlPort(), deployment, faults,
                    options.faults(), options.effectiveVariants(), () -> CaFile.read(caPem));
            return new FinesseSimulator(options, agents, caPem, deployment, xmppSettings, secondaryXmppSettings,
                    control, notifications);
        } catch (Throwable failed) {
            deployment.close();
            throw failed;
        }
    }
}
