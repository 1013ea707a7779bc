package io.finesseacceptance.simulator.xmpp;

/**
 * One client's identity once it has authenticated and bound a resource. Written to from any
 * thread; each transport keeps the stanzas of one session in the order they were produced.
 */
final class ClientSession {

    private final StreamTransport transport;
    private final String username;
    private final String resource;
    private final String domain;
    // guarded by SessionRegistry's lock
    private boolean available;

    ClientSession(StreamTransport transport, String username, String resource, String domain) {
        this.transport = transport;
        this.username = username;
        this.resource = resource;
        this.domain = domain;
    }

    String username() {
        return username;
    }

    String resource() {
        return resource;
    }

    String bareJid() {
        return username + "@" + domain;
    }

    String fullJid() {
        return bareJid() + "/" + resource;
    }

    boolean available() {
        return available;
    }

    void available(boolean value) {
        available = value;
    }

    void send(String xml) {
        transport.send(xml);
    }

    /** Ends this session's stream, e.g. when a newer login takes over its resource. */
    void endStream(String condition) {
        transport.endStream(condition);
    }

    @Override
    public String toString() {
        return fullJid();
    }
}
