package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.AgentDirectory;
import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.faults.Variant;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import io.finesseacceptance.simulator.webservices.LockoutPolicy;
import io.finesseacceptance.simulator.webservices.RestServerConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How to run the embedded Finesse. Each component can be set from the command line and by a
 * {@code -Dfinesse.simulator.*} property, both described by one table, {@link SimulatorFlag}.
 *
 * @param bindAddress             the interface every listener binds to: 127.0.0.1 unless told otherwise
 * @param restPort                0 picks a free port, and so does every other port
 * @param notificationDelay       time between the 202 and the notification, as a CTI round trip would take;
 *                                the release may stretch it, see {@link #effectiveNotificationDelay()}
 * @param restHttps               REST over HTTPS (as every 12.5 lab), or plain HTTP
 * @param xmppAccess              which of the notification service's doors the printed settings point at
 * @param lockoutFailures         wrong passwords in a row after which a user id is locked out
 * @param forcedLogoutGrace       how long a signed-in agent's desktop may be away before Finesse acts
 * @param logoutOnAgentDisconnect UCCE's LOAD: sign the agent out after the grace (true) or leave it NOT_READY
 * @param caFile                  where to keep the per-run CA certificate; empty: a temporary file
 * @param variants                documented alternatives to the default answers (docs/finesse-contract.md §16)
 * @param release                 which Finesse release to play: today's, or the next with its planted changes
 * @param supervisorCount         supervisors 2001.., each supervising Team A (docs/finesse-contract.md §19); 0 for none
 * @param nodes                   1, or 2 for a primary and a secondary node sharing the agents (docs/finesse-contract.md §20)
 * @param secondaryXmppDomain     the secondary node's XMPP domain; "" derives it from {@code xmppDomain},
 *                                see {@link #effectiveSecondaryXmppDomain()}
 * @param maintenanceTimeout      how long a node's maintenance mode waits for its users to leave before FAILED
 * @param forcedLogoutPresence    whose presence the forced logout follows: the desktop's session alone (as before),
 *                                or the agent's user as a whole (docs/finesse-contract.md §14.3)
 */
public record SimulatorConfig(DeploymentType deploymentType, int agentCount, String bindAddress, int restPort,
                               int xmppPort, int directTlsPort, int boshPort, int controlPort, String xmppDomain,
                               Duration notificationDelay, Set<Fault> faults, boolean restHttps,
                               XmppAccess xmppAccess, int lockoutFailures, Duration lockoutDuration,
                               Duration forcedLogoutGrace, boolean logoutOnAgentDisconnect, Optional<Path> caFile,
                               Set<Variant> variants, Release release, int supervisorCount, int nodes,
                               String secondaryXmppDomain, Duration maintenanceTimeout,
                               ForcedLogoutPresence forcedLogoutPresence) {

    /**
     * The embedded simulator's grace before a forced logout: short, so the suite's default run stays quick.
     * Finesse's own is {@link RestServerConfig#FINESSE_DESKTOP_DISCONNECT_GRACE} (60 s).
     */
    public static final Duration DEFAULT_FORCED_LOGOUT_GRACE = Duration.ofSeconds(1);

    /** Short, so a maintenance mode that cannot complete fails within a test's wait. */
    public static final Duration DEFAULT_MAINTENANCE_TIMEOUT = Duration.ofSeconds(10);

    public SimulatorConfig {
        Objects.requireNonNull(deploymentType, "deploymentType");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(xmppDomain, "xmppDomain");
        Objects.requireNonNull(notificationDelay, "notificationDelay");
        Objects.requireNonNull(xmppAccess, "xmppAccess");
        Objects.requireNonNull(lockoutDuration, "lockoutDuration");
        Objects.requireNonNull(forcedLogoutGrace, "forcedLogoutGrace");
        Objects.requireNonNull(caFile, "caFile");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(secondaryXmppDomain, "secondaryXmppDomain");
        Objects.requireNonNull(maintenanceTimeout, "maintenanceTimeout");
        SimulatorConfigLimits.requireNodes(nodes);
        SimulatorConfigLimits.requireNonNegative("negative maintenance timeout", maintenanceTimeout);
        Objects.requireNonNull(forcedLogoutPresence, "forcedLogoutPresence");
        faults = faults.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(faults));
        variants = variants.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(variants));
        SimulatorConfigLimits.requireUsers(agentCount, supervisorCount);
        SimulatorConfigLimits.requirePorts(restPort, xmppPort, directTlsPort, boshPort, controlPort);
        SimulatorConfigLimits.requireLockoutFailures(lockoutFailures);
        SimulatorConfigLimits.requireNonNegative("negative duration", notificationDelay, lockoutDuration,
                forcedLogoutGrace);
    }

    public static SimulatorConfig defaults() {
        LockoutPolicy lockout = LockoutPolicy.finesseDefault();
        return new SimulatorConfig(DeploymentType.UCCE, 4, "127.0.0.1", 0, 0, 0, 0, 0, "finesse-sim.localdomain",
                Duration.ofMillis(1), Set.of(), true, XmppAccess.TCP_STARTTLS, lockout.maxConsecutiveFailures(),
                lockout.duration(), DEFAULT_FORCED_LOGOUT_GRACE, false, Optional.empty(),
                Set.of(), Release.CURRENT, AgentDirectory.DEFAULT_SUPERVISORS, 1, "", DEFAULT_MAINTENANCE_TIMEOUT,
                ForcedLogoutPresence.DESKTOP);
    }

    /**
     * Defaults, adjusted by the {@code -Dfinesse.simulator.*} properties in {@link SimulatorFlag}, e.g.
     * {@code .agents=N}, {@code .deployment=UCCE|UCCX}, {@code .xmpp=BOSH_HTTPS}, {@code .ctiDelayMs=N} (time
     * from a 202 to its notification; a real CTI round trip takes tens of milliseconds). A blank value
     * counts as unset.
     *
     * @throws SimulatorOptionException for an unknown {@code finesse.simulator.*} property or a bad value
     */
    public static SimulatorConfig fromSystemProperties() {
        return SimulatorCommandLine.fromProperties(System.getProperties());
    }

    public SimulatorConfig withFaults(Set<Fault> chosen) {
        return with(draft -> draft.faults = chosen);
    }

    public SimulatorConfig withVariants(Set<Variant> chosen) {
        return with(draft -> draft.variants = chosen);
    }

    public SimulatorConfig withRelease(Release chosen) {
        return with(draft -> draft.release = chosen);
    }

    public SimulatorConfig withDeploymentType(DeploymentType type) {
        return with(draft -> draft.deploymentType = type);
    }

    public SimulatorConfig withPorts(int rest, int xmpp) {
        return with(draft -> {
            draft.restPort = rest;
            draft.xmppPort = xmpp;
        });
    }

    public SimulatorConfig withRestPort(int port) {
        return with(draft -> draft.restPort = port);
    }

    public SimulatorConfig withXmppPort(int port) {
        return with(draft -> draft.xmppPort = port);
    }

    public SimulatorConfig withDirectTlsPort(int port) {
        return with(draft -> draft.directTlsPort = port);
    }

    public SimulatorConfig withBoshPort(int port) {
        return with(draft -> draft.boshPort = port);
    }

    public SimulatorConfig withControlPort(int port) {
        return with(draft -> draft.controlPort = port);
    }

    public SimulatorConfig withBindAddress(String address) {
        return with(draft -> draft.bindAddress = address);
    }

    public SimulatorConfig withXmppDomain(String domain) {
        return with(draft -> draft.xmppDomain = domain);
    }

    public SimulatorConfig withNotificationDelay(Duration delay) {
        return with(draft -> draft.notificationDelay = delay);
    }

    public SimulatorConfig withAgentCount(int count) {
        return with(draft -> draft.agentCount = count);
    }

    public SimulatorConfig withSupervisorCount(int count) {
        return with(draft -> draft.supervisorCount = count);
    }

    public SimulatorConfig withRestHttps(boolean https) {
        return with(draft -> draft.restHttps = https);
    }

    public SimulatorConfig withXmppAccess(XmppAccess access) {
        return with(draft -> draft.xmppAccess = access);
    }

    public SimulatorConfig withLockoutFailures(int failures) {
        return with(draft -> draft.lockoutFailures = failures);
    }

    public SimulatorConfig withLockoutDuration(Duration duration) {
        return with(draft -> draft.lockoutDuration = duration);
    }

    public SimulatorConfig withForcedLogoutGrace(Duration grace) {
        return with(draft -> draft.forcedLogoutGrace = grace);
    }

    public SimulatorConfig withLogoutOnAgentDisconnect(boolean logout) {
        return with(draft -> draft.logoutOnAgentDisconnect = logout);
    }

    public SimulatorConfig withForcedLogoutPresence(ForcedLogoutPresence reading) {
        return with(draft -> draft.forcedLogoutPresence = reading);
    }

    public SimulatorConfig withCaFile(Path file) {
        return with(draft -> draft.caFile = Optional.of(file));
    }

    public SimulatorConfig withNodes(int count) {
        return with(draft -> draft.nodes = count);
    }

    public SimulatorConfig withSecondaryXmppDomain(String domain) {
        return with(draft -> draft.secondaryXmppDomain = domain);
    }

    public SimulatorConfig withMaintenanceTimeout(Duration timeout) {
        return with(draft -> draft.maintenanceTimeout = timeout);
    }

    /**
     * The secondary node's XMPP domain: as set, else the primary's with {@code -b} after its first label
     * ({@code finesse-sim.localdomain} gives {@code finesse-sim-b.localdomain}), as lab pairs are often named.
     */
    public String effectiveSecondaryXmppDomain() {
        if (!secondaryXmppDomain.isEmpty()) {
            return secondaryXmppDomain;
        }
        int dot = xmppDomain.indexOf('.');
        return dot < 0 ? xmppDomain + "-b" : xmppDomain.substring(0, dot) + "-b" + xmppDomain.substring(dot);
    }

    /**
     * The secondary node's own options: every port free (its doors must not collide with the primary's), its
     * own XMPP domain; everything else as the primary's.
     */
    public SimulatorConfig forSecondaryNode() {
        String domain = effectiveSecondaryXmppDomain();
        return with(draft -> {
            draft.restPort = 0;
            draft.xmppPort = 0;
            draft.directTlsPort = 0;
            draft.boshPort = 0;
            draft.xmppDomain = domain;
        });
    }

    /**
     * The time from a 202 to its notification as the simulator waits it: {@link #notificationDelay()} as the
     * release plays it (three times longer for {@link Release#NEXT}). The one place it is worked out.
     */
    public Duration effectiveNotificationDelay() {
        return release.notificationDelay(notificationDelay);
    }

    /** The chosen variants and those the release answers with ({@link Release#variants()}). */
    public Set<Variant> effectiveVariants() {
        if (release.variants().isEmpty()) {
            return variants;
        }
        Set<Variant> all = new HashSet<>(variants);
        all.addAll(release.variants());
        return Set.copyOf(all);
    }

    /** The lockout as the REST server takes it. */
    public LockoutPolicy lockout() {
        return new LockoutPolicy(lockoutFailures, lockoutDuration);
    }

    private SimulatorConfig with(Consumer<SimulatorConfigDraft> change) {
        SimulatorConfigDraft draft = new SimulatorConfigDraft(this);
        change.accept(draft);
        return draft.build();
    }
}
