package io.finesseacceptance.settings;

/** How the suite reaches the Finesse notification service. */
public enum XmppTransport {
    /** XMPP over TCP (5222, STARTTLS as FINESSE_XMPP_SECURITY says). */
    TCP,
    /** XMPP over BOSH (http-bind), the way 12.5+ labs expose it by default. */
    BOSH
}
