package io.finesseacceptance.settings;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The validated settings of one Finesse lab, as seen from one of its sides: the primary's, as read, or the
 * secondary's, from {@link #sideAt}. {@code xmppDomain} and {@code xmppPubSubDomain} are empty when the
 * side's SystemInfo is to tell them. {@code secondaryBaseUrl} is empty when SystemInfo is to tell it.
 */
public record LabSettings(
        URI baseUrl,
        List<AgentAccount> agents,
        String xmppHost,
        int xmppPort,
        Optional<String> xmppDomain,
        Optional<String> xmppPubSubDomain,
        XmppTransport xmppTransport,
        Optional<URI> xmppBoshUrl,
        Optional<URI> xmppWebSocketUrl,
        XmppSecurity xmppSecurity,
        Optional<Path> caCertificate,
        boolean tlsInsecure,
        Duration eventTimeout,
        Duration quietPeriod,
        boolean takeOver,
        Optional<URI> simulatorControl,
        List<SupervisorAccount> supervisors,
        Duration forcedLogoutWait,
        boolean logoutOnAgentDisconnect,
        Side side,
        Optional<URI> secondaryBaseUrl,
        Optional<SideSelection> sides,
        SecondaryNotifications secondaryNotifications) {

    public static final String BASE_URL = "FINESSE_BASE_URL";
    public static final String AGENTS = "FINESSE_AGENTS";
    public static final String XMPP_HOST = "FINESSE_XMPP_HOST";
    public static final String XMPP_PORT = "FINESSE_XMPP_PORT";
    public static final String XMPP_DOMAIN = "FINESSE_XMPP_DOMAIN";
    public static final String XMPP_PUBSUB = "FINESSE_XMPP_PUBSUB";
    public static final String XMPP_TRANSPORT = "FINESSE_XMPP_TRANSPORT";
    public static final String XMPP_BOSH_URL = "FINESSE_XMPP_BOSH_URL";
    public static final String XMPP_WEBSOCKET_URL = "FINESSE_XMPP_WEBSOCKET_URL";
    public static final String XMPP_SECURITY = "FINESSE_XMPP_SECURITY";
    public static final String CA_CERT = "FINESSE_CA_CERT";
    public static final String TLS_INSECURE = "FINESSE_TLS_INSECURE";
    public static final String EVENT_TIMEOUT = "FINESSE_EVENT_TIMEOUT";
    public static final String QUIET_PERIOD = "FINESSE_QUIET_PERIOD";
    public static final String TAKE_OVER = "FINESSE_TAKE_OVER";
    public static final String SIMULATOR_CONTROL = "FINESSE_SIMULATOR_CONTROL";
    public static final String SUPERVISORS = "FINESSE_SUPERVISORS";
    public static final String FORCED_LOGOUT_WAIT = "FINESSE_FORCED_LOGOUT_WAIT";
    public static final String LOGOUT_ON_AGENT_DISCONNECT = "FINESSE_LOGOUT_ON_AGENT_DISCONNECT";
    public static final String SECONDARY_BASE_URL = "FINESSE_SECONDARY_BASE_URL";
    public static final String SIDES = "FINESSE_SIDES";

    public LabSettings {
        agents = List.copyOf(agents);
        supervisors = List.copyOf(supervisors);
    }

    /** The REST API root, e.g. https://finesse.lab:8445/finesse/api. */
    public URI apiRoot() {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/finesse/api");
    }

    public Optional<AgentAccount> agent(String id) {
        return agents.stream().filter(agent -> agent.id().equals(id)).findFirst();
    }

    /** The BOSH URL in use; only meaningful with the BOSH transport. */
    public URI boshUrl() {
        return xmppBoshUrl.orElseThrow(() -> new IllegalStateException("no BOSH URL: the transport is " + xmppTransport));
    }

    /** The WebSocket URL in use; only meaningful with the WebSocket transport. */
    public URI webSocketUrl() {
        return xmppWebSocketUrl.orElseThrow(
                () -> new IllegalStateException("no WebSocket URL: the transport is " + xmppTransport));
    }

    /** Where notifications come from, in words: for logs and reports. */
    public String describeNotifications() {
        return switch (xmppTransport) {
            case BOSH -> "XMPP over BOSH " + boshUrl();
            case WEBSOCKET -> "XMPP over WebSocket " + webSocketUrl();
            case TCP -> "XMPP over TCP %s:%d (%s)".formatted(xmppHost, xmppPort, xmppSecurity.describe());
        };
    }

    /** The settings that choose where notifications come from, for messages about them. */
    public String notificationSettingNames() {
        return xmppTransport.settingNames(side);
    }

    /** The setting that gave this side its base URL. */
    public String baseUrlSettingName() {
        return side == Side.PRIMARY ? BASE_URL : SECONDARY_BASE_URL;
    }

    /**
     * The same lab seen from its secondary node at {@code secondaryBase}: its notification endpoint follows the
     * primary's rules from that base URL (host, URLs and domain never carried over from the primary's
     * settings; transport, security and port carried over unless a FINESSE_SECONDARY_XMPP_* setting differs).
     */
    public LabSettings sideAt(URI secondaryBase) {
        SecondaryNotifications own = secondaryNotifications;
        XmppTransport transport = own.transport().orElse(xmppTransport);
        Optional<URI> bosh = own.boshUrl().or(() -> transport == XmppTransport.BOSH
                ? Optional.of(NotificationDefaults.boshUrl(secondaryBase)) : Optional.empty());
        Optional<URI> webSocket = own.webSocketUrl().or(() -> transport == XmppTransport.WEBSOCKET
                ? Optional.of(NotificationDefaults.webSocketUrl(secondaryBase)) : Optional.empty());
        return new LabSettings(secondaryBase, agents, own.host().orElse(secondaryBase.getHost()),
                own.port().orElse(xmppPort), own.domain(), own.pubSubDomain(), transport, bosh, webSocket,
                own.security().orElse(xmppSecurity), caCertificate, tlsInsecure, eventTimeout, quietPeriod, takeOver,
                simulatorControl, supervisors, forcedLogoutWait, logoutOnAgentDisconnect, Side.SECONDARY,
                Optional.of(secondaryBase), sides, own);
    }

    /** For logs and reports: no passwords. */
    public String describe() {
        return "Finesse %s%s, %s, agents %s%s, event timeout %s%s".formatted(
                baseUrl, side == Side.PRIMARY ? secondaryBaseUrl.map(url -> " (secondary " + url + ")").orElse("")
                        : " (the secondary)", describeNotifications(), agents.stream().map(AgentAccount::id).toList(),
                supervisors.isEmpty() ? "" : ", supervisors " + supervisors.stream().map(SupervisorAccount::id).toList(),
                eventTimeout, tlsInsecure ? ", TLS VERIFICATION OFF" : "");
    }
}
