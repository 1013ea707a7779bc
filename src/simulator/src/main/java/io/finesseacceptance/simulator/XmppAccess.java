package io.finesseacceptance.simulator;

/** How the suite is told to reach the simulator's notification service: one per way a lab offers it. */
public enum XmppAccess {
    /** Port 5222 style, plain text (12.5 has it off by default). */
    TCP_PLAIN,
    /** Port 5222 style with STARTTLS required. */
    TCP_STARTTLS,
    /** Port 5223 style, TLS from the first byte. */
    DIRECT_TLS,
    /** BOSH over plain HTTP (7071 style). */
    BOSH_HTTP,
    /** BOSH over HTTPS (7443 style), Finesse 12.5's default. */
    BOSH_HTTPS,
    /**
     * XMPP over WebSocket (RFC 7395) at {@code /ws/} on the REST port, as Finesse 12.6 and later serve it on
     * 8445: wss when the REST API is HTTPS, ws when it is plain HTTP.
     */
    WEBSOCKET
}
