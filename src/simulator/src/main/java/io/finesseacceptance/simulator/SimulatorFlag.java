package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.agents.DeploymentType;
import io.finesseacceptance.simulator.faults.Fault;
import io.finesseacceptance.simulator.faults.Release;
import io.finesseacceptance.simulator.faults.Variant;
import io.finesseacceptance.simulator.notifications.ForcedLogoutPresence;
import io.finesseacceptance.simulator.webservices.RestServerConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one table of the simulator's settings. Each row is a command-line option {@code --NAME VALUE} and
 * its system property twin {@code -Dfinesse.simulator.camelCaseName=VALUE}: the property's name is made
 * from the option's, and both go through the same parser, so they cannot mean different things.
 * {@code --help} is printed from this table, with defaults read off {@link SimulatorConfig#defaults()}.
 */
public enum SimulatorFlag {

    BIND("bind", "ADDRESS", "the interface every port listens on; 0.0.0.0 for all of them (in a container)",
            SimulatorConfig::bindAddress, (options, value) -> options.withBindAddress(address(value))),
    REST_PORT("rest-port", "PORT", "the REST API (/finesse/api) and XMPP over WebSocket (/ws/), 8445 style; 0 picks"
            + " a free port, as for every port",
            options -> String.valueOf(options.restPort()), (options, value) -> options.withRestPort(port(value))),
    XMPP_PORT("xmpp-port", "PORT", "XMPP over TCP, STARTTLS offered (5222 style)",
            options -> String.valueOf(options.xmppPort()), (options, value) -> options.withXmppPort(port(value))),
    DIRECT_TLS_PORT("direct-tls-port", "PORT", "XMPP with TLS from the first byte (5223 style)",
            options -> String.valueOf(options.directTlsPort()),
            (options, value) -> options.withDirectTlsPort(port(value))),
    BOSH_PORT("bosh-port", "PORT", "BOSH at /http-bind, over HTTPS unless --xmpp BOSH_HTTP (7443 style)",
            options -> String.valueOf(options.boshPort()), (options, value) -> options.withBoshPort(port(value))),
    CONTROL_PORT("control-port", "PORT", "the control endpoints, plain HTTP under /simulator (see the control endpoints)",
            options -> String.valueOf(options.controlPort()),
            (options, value) -> options.withControlPort(port(value))),
    REST("rest", "https|http", "the REST API over HTTPS (as Finesse 12.5) or plain HTTP",
            options -> options.restHttps() ? "https" : "http",
            (options, value) -> options.withRestHttps(Choice.among(value, "https", "http").equals("https"))),
    XMPP("xmpp", choices(XmppAccess.class), "which notification door the printed settings point at (all are open);"
            + " WEBSOCKET is /ws/ on the REST port, wss unless --rest http (Finesse 12.6 style)",
            options -> options.xmppAccess().name(),
            (options, value) -> options.withXmppAccess(Choice.of(XmppAccess.class, value))),
    XMPP_DOMAIN("xmpp-domain", "NAME", "the XMPP domain: agents are ID@NAME, the pubsub service pubsub.NAME",
            SimulatorConfig::xmppDomain, (options, value) -> options.withXmppDomain(domain(value))),
    NODES("nodes", "1|2", "1: one Finesse node, as always; 2: a primary and a secondary node (Unified CCE), each"
            + " with its own REST API, notification service (every door, on ports of its own), XMPP domain and"
            + " status, sharing one CTI server: a change through either is published by both",
            options -> String.valueOf(options.nodes()), (options, value) -> options.withNodes(whole(value, 1, 2))),
    SECONDARY_XMPP_DOMAIN("secondary-xmpp-domain", "NAME", "with --nodes 2, the secondary node's XMPP domain (its"
            + " pubsub service pubsub.NAME); by default the primary's with -b after its first label",
            SimulatorConfig::effectiveSecondaryXmppDomain,
            (options, value) -> options.withSecondaryXmppDomain(domain(value))),
    MAINTENANCE_TIMEOUT_MS("maintenance-timeout-ms", "MS", "with --nodes 2, how long a node's maintenance mode"
            + " (POST /simulator/sides/{side}/maintenance) waits for its users to leave before it is FAILED",
            options -> String.valueOf(options.maintenanceTimeout().toMillis()),
            (options, value) -> options.withMaintenanceTimeout(millis(value))),
    CA_FILE("ca-file", "FILE", "write the run's CA certificate (PEM) to FILE and keep it there",
            options -> options.caFile().map(Path::toString).orElse("a temporary file, deleted on exit"),
            (options, value) -> options.withCaFile(file(value))),
    DEPLOYMENT("deployment", choices(DeploymentType.class),
            "the contact center behind Finesse: UCCE signs out from NOT_READY only, UCCX from READY too",
            options -> options.deploymentType().name(),
            (options, value) -> options.withDeploymentType(Choice.of(DeploymentType.class, value))),
    RELEASE("release", choices(Release.class), "the Finesse release to play: CURRENT as today, or NEXT, a"
            + " plausible next release with six planted changes: User documents gain <skillTargetId> and call"
            + " <teamName> <teamDisplayName>; NOT_READY reason code id " + Release.REMOVED_REASON_CODE_ID
            + " (Meeting) is gone; UCCE READY -> LOGOUT is refused after a 202 (as --variant REFUSE_AFTER_ACCEPT);"
            + " the CTI delay is " + Release.CTI_DELAY_FACTOR + " times --cti-delay-ms; SystemInfo's ctiVersion is "
            + Release.NEXT_UCCE_CTI_VERSION + " (UCCE) or " + Release.NEXT_UCCX_CTI_VERSION + " (UCCX)",
            options -> options.release().name(),
            (options, value) -> options.withRelease(Choice.of(Release.class, value))),
    AGENTS("agents", "N", "how many agents: ids 1001 on, extensions 5001 on, password Passw0rd!ID",
            options -> String.valueOf(options.agentCount()),
            (options, value) -> options.withAgentCount(whole(value, 1, 10_000))),
    SUPERVISORS("supervisors", "N", "how many supervisors: ids 2001 on, extensions 6001 on, password Passw0rd!ID,"
            + " each on Team A (5000, every agent but the last) and supervising it; 0 for none",
            options -> String.valueOf(options.supervisorCount()),
            (options, value) -> options.withSupervisorCount(whole(value, 0, 1_000))),
    CTI_DELAY_MS("cti-delay-ms", "MS", "time from a 202 to its notification, as a CTI round trip (a lab: tens of ms);"
            + " --release NEXT waits " + Release.CTI_DELAY_FACTOR + " times as long",
            options -> String.valueOf(options.notificationDelay().toMillis()),
            (options, value) -> options.withNotificationDelay(millis(value))),
    FORCED_LOGOUT_GRACE_MS("forced-logout-grace-ms", "MS",
            "how long a signed-in agent's desktop (its XMPP session on resource 'desktop') may be gone before"
                    + " Finesse acts (Finesse: " + RestServerConfig.FINESSE_DESKTOP_DISCONNECT_GRACE.toSeconds()
                    + " s; the simulator defaults to " + SimulatorConfig.DEFAULT_FORCED_LOGOUT_GRACE.toMillis()
                    + " ms so runs stay quick)",
            options -> String.valueOf(options.forcedLogoutGrace().toMillis()),
            (options, value) -> options.withForcedLogoutGrace(millis(value))),
    LOGOUT_ON_AGENT_DISCONNECT("logout-on-agent-disconnect", "true|false",
            "UCCE's LOAD: after that grace sign the agent out (true) or leave it NOT_READY; UCCX always signs out",
            options -> String.valueOf(options.logoutOnAgentDisconnect()),
            (options, value) -> options.withLogoutOnAgentDisconnect(bool(value))),
    FORCED_LOGOUT_PRESENCE("forced-logout-presence", "desktop|user", "whose presence that grace follows: 'desktop'"
            + " counts only the agent's session on resource 'desktop'; 'user' counts the agent as gone only when no"
            + " session of the user, on any resource, is available (the guide leaves it open: docs/finesse-contract.md"
            + " §14.3)",
            options -> options.forcedLogoutPresence().name().toLowerCase(Locale.ROOT),
            (options, value) -> options.withForcedLogoutPresence(Choice.of(ForcedLogoutPresence.class, value))),
    LOCKOUT_FAILURES("lockout-failures", "N", "wrong passwords in a row that lock a user id out",
            options -> String.valueOf(options.lockoutFailures()),
            (options, value) -> options.withLockoutFailures(whole(value, 1, 1_000_000))),
    LOCKOUT_MS("lockout-ms", "MS", "how long a locked-out user id stays locked, right password or not",
            options -> String.valueOf(options.lockoutDuration().toMillis()),
            (options, value) -> options.withLockoutDuration(millis(value))),
    FAULT("fault", "NAME[,NAME...]", "misbehave on purpose from the start; may be repeated. One of "
            + Choice.list(Fault.class, ", "),
            options -> options.faults().isEmpty() ? "none" : options.faults().stream().map(Fault::name).sorted()
                    .collect(Collectors.joining(",")),
            (options, value) -> options.withFaults(union(options.faults(), faults(value)))),
    VARIANT("variant", "NAME[,NAME...]", "answer in another form the guide documents too (docs/finesse-contract.md"
            + " §16); may be repeated. One of " + Choice.list(Variant.class, ", "),
            options -> options.variants().isEmpty() ? "none" : options.variants().stream().map(Variant::name)
                    .sorted().collect(Collectors.joining(",")),
            (options, value) -> options.withVariants(union(options.variants(), variants(value))));

    /** What every property twin's name starts with. */
    public static final String PROPERTY_PREFIX = "finesse.simulator.";

    private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*");
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

    private final String name;
    private final String valueForm;
    private final String help;
    private final Function<SimulatorConfig, String> shown;
    private final BiFunction<SimulatorConfig, String, SimulatorConfig> apply;

    SimulatorFlag(String name, String valueForm, String help, Function<SimulatorConfig, String> shown,
                    BiFunction<SimulatorConfig, String, SimulatorConfig> apply) {
        this.name = name;
        this.valueForm = valueForm;
        this.help = help;
        this.shown = shown;
        this.apply = apply;
    }

    /** {@code --rest-port} */
    public String commandLine() {
        return "--" + name;
    }

    /** {@code finesse.simulator.restPort}: the option's name in camel case. */
    public String property() {
        StringBuilder camel = new StringBuilder(PROPERTY_PREFIX);
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    /** The value's form in the help, e.g. {@code PORT} or {@code UCCE|UCCX}. */
    public String valueForm() {
        return valueForm;
    }

    public String help() {
        return help;
    }

    /** Whether giving the option again adds to it (faults) rather than replacing it. */
    public boolean repeatable() {
        return this == FAULT || this == VARIANT;
    }

    /** This option's value in {@code options}, as the help shows it. */
    public String shownValue(SimulatorConfig options) {
        return shown.apply(options);
    }

    /**
     * {@code options} with this option set to {@code value}.
     *
     * @throws IllegalArgumentException "expected …, not '…'", naming the allowed values
     */
    public SimulatorConfig apply(SimulatorConfig options, String value) {
        return apply.apply(options, value.trim());
    }

    public static Optional<SimulatorFlag> byName(String name) {
        return Arrays.stream(values()).filter(option -> option.name.equals(name)).findFirst();
    }

    public static Optional<SimulatorFlag> byProperty(String property) {
        return Arrays.stream(values()).filter(option -> option.property().equals(property)).findFirst();
    }

    private static int port(String value) {
        return whole(value, 0, 65535);
    }

    private static int whole(String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // the message below says what would do
        }
        throw new IllegalArgumentException("expected a whole number from " + min + " to " + max
                + (min == 0 && max == 65535 ? " (0 picks a free port)" : "") + ", not '" + value + "'");
    }

    private static Duration millis(String value) {
        try {
            long number = Long.parseLong(value);
            if (number >= 0) {
                return Duration.ofMillis(number);
            }
        } catch (NumberFormatException notANumber) {
            // the message below says what would do
        }
        throw new IllegalArgumentException("expected milliseconds, a whole number from 0, not '" + value + "'");
    }

    private static boolean bool(String value) {
        return Choice.among(value, "true", "false").equals("true");
    }

    private static String choices(Class<? extends Enum<?>> type) {
        return Choice.list(type, "|");
    }

    private static Set<Fault> faults(String value) {
        Set<Fault> chosen = EnumSet.noneOf(Fault.class);
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                chosen.add(Choice.of(Fault.class, name));
            }
        }
        return chosen;
    }

    private static Set<Variant> variants(String value) {
        Set<Variant> chosen = EnumSet.noneOf(Variant.class);
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                chosen.add(Choice.of(Variant.class, name));
            }
        }
        return chosen;
    }

    private static <E extends Enum<E>> Set<E> union(Set<E> some, Set<E> more) {
        Set<E> all = new HashSet<>(some);
        all.addAll(more);
        return all;
    }

    private static String address(String value) {
        // literals only: a name would mean a DNS lookup, and the certificate lists addresses, not names
        if (IPV4.matcher(value).matches() || value.contains(":")) {
            try {
                return InetAddress.getByName(value).getHostAddress();
            } catch (UnknownHostException | SecurityException notAnAddress) {
                // the message below says what would do
            }
        }
        throw new IllegalArgumentException("expected an IP address such as 127.0.0.1, ::1 or 0.0.0.0 (every"
                + " interface), not '" + value + "'");
    }

    private static String domain(String value) {
        if (DOMAIN.matcher(value).matches()) {
            return value.toLowerCase(Locale.ROOT);
        }
        throw new IllegalArgumentException("expected a domain name such as finesse-sim.localdomain, not '"
                + value + "'");
    }

    private static Path file(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("expected a file name, not ''");
        }
        return Path.of(value);
    }
}
