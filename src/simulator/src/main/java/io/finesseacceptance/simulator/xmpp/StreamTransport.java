package io.finesseacceptance.simulator.xmpp;

/**
 * What carries one client's XMPP stream: a TCP connection (plain, STARTTLS or direct TLS) or a
 * BOSH session. {@link XmppConversation} holds the XMPP logic and only moves stanzas through this.
 */
interface StreamTransport {

    /** Queues one top-level element for the client, in call order; callable from any thread. */
    void send(String xml);

    /** After SASL success: the client's next stream header (or BOSH restart) starts a new stream. */
    void expectStreamRestart();

    /** Whether STARTTLS may be offered now. */
    boolean canStartTls();

    /** The client asked for STARTTLS: proceed and switch, or refuse and end the stream. */
    void startTls();

    /** Whether the client's bytes are encrypted already. */
    boolean isSecure();

    /** Ends the stream with an RFC 6120 stream error condition; callable from any thread. */
    void endStream(String condition);

    /** The client's address, for logs. */
    Object remoteAddress();
}
