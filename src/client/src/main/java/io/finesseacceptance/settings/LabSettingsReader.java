package io.finesseacceptance.settings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/** Turns FINESSE_* values into {@link LabSettings}, collecting every problem before giving up. */
public final class LabSettingsReader {

    private final SettingsSource source;
    private final List<String> problems = new ArrayList<>();

    private LabSettingsReader(SettingsSource source) {
        this.source = source;
    }

    /** True when a lab is configured; otherwise the suite runs against its embedded simulator. */
    public static boolean labConfigured(SettingsSource source) {
        return source.get(LabSettings.BASE_URL).filter(value -> !value.isBlank()).isPresent();
    }

    public static LabSettings read(SettingsSource source) {
        return new LabSettingsReader(source).read();
    }

    private LabSettings read() {
        URI baseUrl = baseUrl();
        List<AgentAccount> agents = agents();
        String xmppHost = optional(LabSettings.XMPP_HOST)
                .orElse(baseUrl == null ? "" : String.valueOf(baseUrl.getHost()));
        int xmppPort = port(LabSettings.XMPP_PORT).orElse(5222);
        XmppTransport transport = choice(LabSettings.XMPP_TRANSPORT, XmppTransport.class, XmppTransport.TCP);
        Optional<URI> boshUrl = optional(LabSettings.XMPP_BOSH_URL).map(value -> httpUrl(LabSettings.XMPP_BOSH_URL, value));
        if (transport == XmppTransport.BOSH && boshUrl.isEmpty() && baseUrl != null) {
            // where Finesse 12.5+ serves BOSH by default
            boshUrl = Optional.of(NotificationDefaults.boshUrl(baseUrl));
        }
        Optional<URI> webSocketUrl = optional(LabSettings.XMPP_WEBSOCKET_URL)
                .map(value -> webSocketUrl(LabSettings.XMPP_WEBSOCKET_URL, value));
        if (transport == XmppTransport.WEBSOCKET && webSocketUrl.isEmpty() && baseUrl != null) {
            webSocketUrl = Optional.of(NotificationDefaults.webSocketUrl(baseUrl));
        }
        XmppSecurity security = choice(LabSettings.XMPP_SECURITY, XmppSecurity.class, XmppSecurity.REQUIRED);
        Optional<Path> caCertificate = optional(LabSettings.CA_CERT).map(this::pemFile);
        boolean tlsInsecure = flag(LabSettings.TLS_INSECURE);
        Duration eventTimeout = seconds(LabSettings.EVENT_TIMEOUT, "10");
        Duration quietPeriod = seconds(LabSettings.QUIET_PERIOD, "2");
        boolean takeOver = flag(LabSettings.TAKE_OVER);
        Optional<URI> simulatorControl = optional(LabSettings.SIMULATOR_CONTROL)
                .map(value -> httpUrl(LabSettings.SIMULATOR_CONTROL, value));
        List<SupervisorAccount> supervisors = supervisors(agents);
        // Finesse waits 60 s after a desktop goes away, and may take 120 s more to notice a silent one
        Duration forcedLogoutWait = seconds(LabSettings.FORCED_LOGOUT_WAIT, "180");
        boolean logoutOnAgentDisconnect = flag(LabSettings.LOGOUT_ON_AGENT_DISCONNECT);
        Optional<URI> secondaryBaseUrl = optional(LabSettings.SECONDARY_BASE_URL)
                .map(value -> baseUrlOnly(LabSettings.SECONDARY_BASE_URL, value));
        Optional<SideSelection> sides = optional(LabSettings.SIDES).map(value -> choice(LabSettings.SIDES,
                SideSelection.class, SideSelection.BOTH));
        SecondaryNotifications secondary = secondaryNotifications();
        if (!problems.isEmpty()) {
            throw new LabSettingsException(problems);
        }
        return new LabSettings(baseUrl, agents, xmppHost, xmppPort, optional(LabSettings.XMPP_DOMAIN),
                optional(LabSettings.XMPP_PUBSUB), transport, boshUrl, webSocketUrl, security, caCertificate, tlsInsecure, eventTimeout, quietPeriod,
                takeOver, simulatorControl, supervisors, forcedLogoutWait, logoutOnAgentDisconnect, Side.PRIMARY,
                secondaryBaseUrl, sides, secondary);
    }

    /** FINESSE_SECONDARY_XMPP_*: each only where the secondary differs. */
    private SecondaryNotifications secondaryNotifications() {
        Side side = Side.SECONDARY;
        Optional<String> portValue = optional(side.settingName(LabSettings.XMPP_PORT));
        OptionalInt port = OptionalInt.empty();
        if (portValue.isPresent()) {
            port = port(side.settingName(LabSettings.XMPP_PORT)).map(OptionalInt::of).orElse(OptionalInt.empty());
        }
        String transport = side.settingName(LabSettings.XMPP_TRANSPORT);
        String security = side.settingName(LabSettings.XMPP_SECURITY);
        String bosh = side.settingName(LabSettings.XMPP_BOSH_URL);
        String webSocket = side.settingName(LabSettings.XMPP_WEBSOCKET_URL);
        return new SecondaryNotifications(optional(side.settingName(LabSettings.XMPP_HOST)), port,
                optional(side.settingName(LabSettings.XMPP_DOMAIN)), optional(side.settingName(LabSettings.XMPP_PUBSUB)),
                optional(transport).map(value -> choice(transport, XmppTransport.class, XmppTransport.TCP)),
                optional(bosh).map(value -> httpUrl(bosh, value)), optional(webSocket).map(value -> webSocketUrl(webSocket, value)),
                optional(security).map(value -> choice(security, XmppSecurity.class, XmppSecurity.REQUIRED)));
    }

    private Optional<String> optional(String name) {
        return source.get(name).map(String::trim).filter(value -> !value.isEmpty());
    }

    private URI baseUrl() {
        Optional<String> value = optional(LabSettings.BASE_URL);
        if (value.isEmpty()) {
            problems.add(LabSettings.BASE_URL + " is not set (e.g. https://finesse.lab.example:8445)");
            return null;
        }
        return baseUrlOnly(LabSettings.BASE_URL, value.get());
    }

    private URI baseUrlOnly(String name, String value) {
        URI url = httpUrl(name, value);
        if (url != null && url.getPath() != null && url.getPath().contains("/finesse")) {
            problems.add(name + " must be scheme://host:port only; the suite adds /finesse/api itself");
        }
        return url;
    }

    private URI httpUrl(String name, String value) {
        try {
            URI url = URI.create(value);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && url.getHost() != null) {
                return url;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below with the variable's name
        }
        problems.add(name + " is not an http(s) URL with a host: '" + value + "'");
        return null;
    }

    /** ws:// only where the lab itself is plain; wss:// (TLS with the run's trust) everywhere else. */
    private URI webSocketUrl(String name, String value) {
        try {
            URI url = URI.create(value);
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("ws") || scheme.equals("wss")) && url.getHost() != null) {
                // Smack tells ws from wss by the scheme as written
                return URI.create(scheme + value.substring(url.getScheme().length()));
            }
        } catch (IllegalArgumentException malformed) {
            // reported below with the variable's name
        }
        problems.add(name + " is not a ws:// or wss:// URL with a host: '" + value + "'");
        return null;
    }

    private List<AgentAccount> agents() {
        Optional<String> value = optional(LabSettings.AGENTS);
        if (value.isEmpty()) {
            problems.add(LabSettings.AGENTS + " is not set (id:password:extension, comma-separated)");
            return List.of();
        }
        List<AgentAccount> agents = new ArrayList<>();
        String[] entries = value.get().split(",");
        for (int i = 0; i < entries.length; i++) {
            agent(entries[i].trim(), i + 1).ifPresent(agents::add);
        }
        long distinct = agents.stream().map(AgentAccount::id).distinct().count();
        if (distinct < agents.size()) {
            problems.add(LabSettings.AGENTS + " names the same agent id twice");
        }
        return agents;
    }

    /** Optional: {@code id:password}, comma-separated; the password may contain colons. */
    private List<SupervisorAccount> supervisors(List<AgentAccount> agents) {
        Optional<String> value = optional(LabSettings.SUPERVISORS);
        if (value.isEmpty()) {
            return List.of();
        }
        List<SupervisorAccount> supervisors = new ArrayList<>();
        String[] entries = value.get().split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].trim();
            int colon = entry.indexOf(':');
            if (colon <= 0 || colon == entry.length() - 1) {
                problems.add(LabSettings.SUPERVISORS + " entry " + (i + 1) + " (supervisor "
                        + (colon > 0 ? entry.substring(0, colon) : "?") + ") is not id:password");
                continue;
            }
            String id = entry.substring(0, colon);
            if (agents.stream().anyMatch(agent -> agent.id().equals(id))) {
                problems.add(LabSettings.SUPERVISORS + ": " + id + " is also in " + LabSettings.AGENTS
                        + "; the suite must not drive its own supervisor as an agent");
                continue;
            }
            supervisors.add(new SupervisorAccount(id, entry.substring(colon + 1)));
        }
        if (supervisors.stream().map(SupervisorAccount::id).distinct().count() < supervisors.size()) {
            problems.add(LabSettings.SUPERVISORS + " names the same supervisor id twice");
        }
        return supervisors;
    }

    /** The password sits between the first and the last colon, so it may itself contain colons. */
    private Optional<AgentAccount> agent(String entry, int position) {
        int first = entry.indexOf(':');
        int last = entry.lastIndexOf(':');
        if (first <= 0 || last <= first + 1 || last == entry.length() - 1) {
            String id = first > 0 ? entry.substring(0, first) : "?";
            problems.add(LabSettings.AGENTS + " entry " + position + " (agent " + id
                    + ") is not id:password:extension");
            return Optional.empty();
        }
        return Optional.of(new AgentAccount(entry.substring(0, first), entry.substring(first + 1, last),
                entry.substring(last + 1)));
    }

    /** Empty when unset, and (with the problem noted) when not a port number. */
    private Optional<Integer> port(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int port = Integer.parseInt(value.get());
            if (port > 0 && port < 65536) {
                return Optional.of(port);
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(name + " is not a port number: '" + value.get() + "'");
        return Optional.of(0);
    }

    private <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        Optional<String> value = optional(name);
        if (value.isEmpty()) {
            return fallback;
        }
        String constant = value.get().toUpperCase(Locale.ROOT).replace('-', '_')
                .replace("IFPOSSIBLE", "IF_POSSIBLE").replace("DIRECTTLS", "DIRECT_TLS");
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException unknown) {
            List<String> allowed = Arrays.stream(type.getEnumConstants())
                    .map(option -> option.name().toLowerCase(Locale.ROOT).replace("if_possible", "ifpossible")
                            .replace('_', '-')).toList();
            problems.add(name + " must be one of " + allowed + ", not '" + value.get() + "'");
            return fallback;
        }
    }

    /** Only an explicit true switches a safety off; anything but true/false is a typo worth stopping for. */
    private boolean flag(String name) {
        Optional<String> value = optional(name);
        if (value.isEmpty() || value.get().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.get().equalsIgnoreCase("true")) {
            return true;
        }
        problems.add(name + " must be true or false, not '" + value.get() + "'");
        return false;
    }

    private Path pemFile(String value) {
        Path path = Path.of(value);
        try {
            if (Files.isReadable(path) && Files.readString(path).contains("-----BEGIN CERTIFICATE-----")) {
                return path;
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // reported below
        }
        problems.add(LabSettings.CA_CERT + " is not a readable PEM certificate file: '" + value + "'");
        return path;
    }

    private Duration seconds(String name, String fallback) {
        String value = optional(name).orElse(fallback);
        try {
            double seconds = Double.parseDouble(value);
            if (seconds > 0 && seconds <= 600) {
                return Duration.ofMillis(Math.round(seconds * 1000));
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(name + " must be a number of seconds between 0 and 600, not '" + value + "'");
        return Duration.ZERO;
    }
}
