package io.finesseacceptance.lab;

/** Whether the XMPP stream must, may or must not be encrypted with STARTTLS. */
public enum XmppSecurity {
    REQUIRED, IF_POSSIBLE, DISABLED
}
