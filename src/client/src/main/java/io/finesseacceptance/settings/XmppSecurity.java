package io.finesseacceptance.settings;

/** How the XMPP stream over TCP is encrypted. */
public enum XmppSecurity {
    /** STARTTLS, and the connection fails without it (port 5222 with TLS). */
    REQUIRED,
    /** STARTTLS when the server offers it. */
    IF_POSSIBLE,
    /** Plain text (12.5 leaves 5222 plain off by default). */
    DISABLED,
    /** TLS from the first byte, as on port 5223. */
    DIRECT_TLS;

    public String describe() {
        return switch (this) {
            case REQUIRED -> "STARTTLS required";
            case IF_POSSIBLE -> "STARTTLS if offered";
            case DISABLED -> "plain";
            case DIRECT_TLS -> "direct TLS";
        };
    }
}
