package io.finesseacceptance.simulator;

import io.finesseacceptance.simulator.xmpp.XmppNotificationService;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The FINESSE_* lines the simulator prints for its notification doors and its forced logout, so the suite
 * reaches it exactly as it reaches a lab.
 */
final class PrintedXmppSettings {

    private PrintedXmppSettings() {
    }

    /** {@code restPort}: where the REST server listens, which also serves XMPP over WebSocket. */
    static Map<String, String> embedded(SimulatorConfig options, XmppNotificationService xmpp, int restPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        String host = FinesseSimulator.advertisedHost(options.bindAddress());
        switch (options.xmppAccess()) {
            case TCP_PLAIN -> tcp(settings, host, xmpp.port(), "disabled");
            case TCP_STARTTLS -> tcp(settings, host, xmpp.port(), "required");
            case DIRECT_TLS -> tcp(settings, host, xmpp.directTlsPort(), "direct-tls");
            case BOSH_HTTP, BOSH_HTTPS -> {
                settings.put("FINESSE_XMPP_TRANSPORT", "bosh");
                settings.put("FINESSE_XMPP_BOSH_URL", boshUrl(host, xmpp).toString());
            }
            case WEBSOCKET -> {
                settings.put("FINESSE_XMPP_TRANSPORT", "websocket");
                settings.put("FINESSE_XMPP_WEBSOCKET_URL", webSocketUrl(host, options.restHttps(), restPort).toString());
                // the URL names the web server, not the XMPP domain the client opens its stream to (<open to=.../>)
                settings.put("FINESSE_XMPP_DOMAIN", options.xmppDomain());
                settings.put("FINESSE_XMPP_PUBSUB", "pubsub." + options.xmppDomain());
            }
        }
        return settings;
    }

    /**
     * The secondary node's twins of the primary's FINESSE_XMPP_* lines, for those whose value does not follow
     * from the secondary's own base URL and SystemInfo: the client takes the secondary's host, URLs, domain and
     * pubsub never from the primary's settings, and its transport, security and port from them unless a
     * FINESSE_SECONDARY_XMPP_* line says otherwise. So: the port of TCP and direct TLS (its own, not the
     * primary's); the BOSH URL (its own port, not 7443); for WebSocket the URL, printed as the primary's is, and
     * the domain and pubsub service, which a URL does not tell.
     */
    static Map<String, String> secondary(SimulatorConfig secondaryOptions, XmppNotificationService xmpp,
            int restPort) {
        Map<String, String> settings = new LinkedHashMap<>();
        String host = FinesseSimulator.advertisedHost(secondaryOptions.bindAddress());
        switch (secondaryOptions.xmppAccess()) {
            case TCP_PLAIN, TCP_STARTTLS -> settings.put("FINESSE_SECONDARY_XMPP_PORT", String.valueOf(xmpp.port()));
            case DIRECT_TLS -> settings.put("FINESSE_SECONDARY_XMPP_PORT", String.valueOf(xmpp.directTlsPort()));
            case BOSH_HTTP, BOSH_HTTPS -> settings.put("FINESSE_SECONDARY_XMPP_BOSH_URL", boshUrl(host, xmpp).toString());
            case WEBSOCKET -> {
                settings.put("FINESSE_SECONDARY_XMPP_WEBSOCKET_URL",
                        webSocketUrl(host, secondaryOptions.restHttps(), restPort).toString());
                settings.put("FINESSE_SECONDARY_XMPP_DOMAIN", secondaryOptions.xmppDomain());
                settings.put("FINESSE_SECONDARY_XMPP_PUBSUB", "pubsub." + secondaryOptions.xmppDomain());
            }
        }
        return settings;
    }

    /** XMPP over WebSocket on the REST port: {@code wss://host:port/ws/}, or {@code ws://} when REST is plain HTTP. */
    static URI webSocketUrl(String host, boolean https, int restPort) {
        return URI.create((https ? "wss" : "ws") + "://" + literal(host) + ":" + restPort
                + XmppNotificationService.WEBSOCKET_PATH);
    }

    /** The BOSH URL with the advertised host (the service knows only the address it is bound to). */
    static URI boshUrl(String host, XmppNotificationService xmpp) {
        URI bound = xmpp.boshUrl();
        return URI.create(bound.getScheme() + "://" + literal(host) + ":" + bound.getPort() + bound.getPath());
    }

    static String literal(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** Margin on top of the grace for the timer, the CTI delay and the notification. */
    static final long FORCED_LOGOUT_MARGIN_SECONDS = 3;
    /** The suite reads FINESSE_FORCED_LOGOUT_WAIT up to 600 s. */
    private static final long MAX_WAIT_SECONDS = 600;

    /**
     * Whole seconds: {@code wait} (the time to notice a silent client plus the grace) rounded up, plus
     * {@link #FORCED_LOGOUT_MARGIN_SECONDS}; e.g. 9 for the embedded 5 s BOSH inactivity and the 1 s grace.
     */
    static long forcedLogoutWaitSeconds(Duration wait) {
        long waitSeconds = (wait.toMillis() + 999) / 1000;
        return Math.min(MAX_WAIT_SECONDS, waitSeconds + FORCED_LOGOUT_MARGIN_SECONDS);
    }

    static void tcp(Map<String, String> settings, String host, int port, String security) {
        settings.put("FINESSE_XMPP_TRANSPORT", "tcp");
        settings.put("FINESSE_XMPP_HOST", host);
        settings.put("FINESSE_XMPP_PORT", String.valueOf(port));
        settings.put("FINESSE_XMPP_SECURITY", security);
    }
}
