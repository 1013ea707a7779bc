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
        return settingNames(Side.PRIMARY);
    }

    /** As above, for the settings of {@code side}. */
    public String settingNames(Side side) {
        return switch (this) {
            case TCP -> side.settingName(LabSettings.XMPP_HOST) + "/" + side.settingName(LabSettings.XMPP_PORT);
            case BOSH -> side.settingName(LabSettings.XMPP_BOSH_URL);
            case WEBSOCKET -> side.settingName(LabSettings.XMPP_WEBSOCKET_URL);
        };
    }
}
