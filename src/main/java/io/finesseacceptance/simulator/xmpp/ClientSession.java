package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;

/**
 * One client connection's identity once it has authenticated and bound a resource. Written to
 * from any thread; Netty queues writes from outside the event loop in call order, which keeps the
 * stanzas of one connection in the order they were produced.
 */
final class ClientSession {

    private final Channel channel;
    private final String username;
    private final String resource;
    private final String domain;
    // guarded by SessionRegistry's lock
    private boolean available;

    ClientSession(Channel channel, String username, String resource, String domain) {
        this.channel = channel;
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

    Channel channel() {
        return channel;
    }

    boolean available() {
        return available;
    }

    void available(boolean value) {
        available = value;
    }

    void send(String xml) {
        channel.writeAndFlush(xml, channel.voidPromise());
    }

    @Override
    public String toString() {
        return fullJid();
    }
}
