package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.faults.Variant;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A mutable copy of a {@link SimulatorConfig}, so each of its with-methods names only what it changes; building
 * it checks the result as any new config is checked.
 */
final class SimulatorConfigDraft {

    DeploymentType deploymentType;
    int agentCount;
    String bindAddress;
    int restPort;
    int xmppPort;
    int directTlsPort;
    int boshPort;
    int controlPort;
    String xmppDomain;
    Duration notificationDelay;
    Set<Fault> faults;
    boolean restHttps;
    XmppAccess xmppAccess;
    int lockoutFailures;
    Duration lockoutDuration;
    Duration forcedLogoutGrace;
    boolean logoutOnAgentDisconnect;
    Optional<Path> caFile;
    Set<Variant> variants;
    Release release;
    int supervisorCount;
    int nodes;
    String secondaryXmppDomain;
    Duration maintenanceTimeout;
    ForcedLogoutPresence forcedLogoutPresence;

    SimulatorConfigDraft(SimulatorConfig from) {
        deploymentType = from.deploymentType();
        agentCount = from.agentCount();
        bindAddress = from.bindAddress();
        restPort = from.restPort();
        xmppPort = from.xmppPort();
        directTlsPort = from.directTlsPort();
        boshPort = from.boshPort();
        controlPort = from.controlPort();
        xmppDomain = from.xmppDomain();
        notificationDelay = from.notificationDelay();
        faults = from.faults();
        restHttps = from.restHttps();
        xmppAccess = from.xmppAccess();
        lockoutFailures = from.lockoutFailures();
        lockoutDuration = from.lockoutDuration();
        forcedLogoutGrace = from.forcedLogoutGrace();
        logoutOnAgentDisconnect = from.logoutOnAgentDisconnect();
        caFile = from.caFile();
        variants = from.variants();
        release = from.release();
        supervisorCount = from.supervisorCount();
        nodes = from.nodes();
        secondaryXmppDomain = from.secondaryXmppDomain();
        maintenanceTimeout = from.maintenanceTimeout();
        forcedLogoutPresence = from.forcedLogoutPresence();
    }

    SimulatorConfig build() {
        return new SimulatorConfig(deploymentType, agentCount, bindAddress, restPort, xmppPort, directTlsPort,
                boshPort, controlPort, xmppDomain, notificationDelay, faults, restHttps, xmppAccess,
                lockoutFailures, lockoutDuration, forcedLogoutGrace, logoutOnAgentDisconnect, caFile,
                variants, release, supervisorCount, nodes, secondaryXmppDomain, maintenanceTimeout,
                forcedLogoutPresence);
    }
}
