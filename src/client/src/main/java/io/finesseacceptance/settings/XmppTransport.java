package io.finesseacceptance.settings;

/** How the suite reaches the Finesse notification service. */
public enum XmppTransport {
    /** XMPP over TCP (5222, STARTTLS as FINESSE_XMPP_SECURITY says). */
    TCP,
    /** XMPP over BOSH (http-bind), the way 12.5+ labs expose it by default; deprecated from 12.6(1). */
    BOSH,
    /** XMPP over WebSocket (RFC 7395) at /ws/, the way 12.6(1)+ desktops connect (wss on the REST port, 8445). */
    WEBSOCKET;

    /** The settings that say where this transport goes, for messages about it. */
    public String settingNames() {
        return switch (this) {
            case TCP -> LabSettings.XMPP_HOST + "/" + LabSettings.XMPP_PORT;
            case BOSH -> LabSettings.XMPP_BOSH_URL;
            case WEBSOCKET -> LabSettings.XMPP_WEBSOCKET_URL;
        };
    }
}
