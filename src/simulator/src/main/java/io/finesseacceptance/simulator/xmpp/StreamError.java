package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;

/** Ends a client's stream with an RFC 6120 stream error, then closes the connection. */
final class StreamError {

    static final String NOT_WELL_FORMED = "not-well-formed";
    static final String NOT_AUTHORIZED = "not-authorized";
    static final String CONFLICT = "conflict";
    static final String CONNECTION_TIMEOUT = "connection-timeout";
    static final String SYSTEM_SHUTDOWN = "system-shutdown";

    private StreamError() {
    }

    /** Ends a TCP stream: the error, the end of the stream, then the connection. */
    static void send(Channel channel, String condition) {
        channel.writeAndFlush(element(condition) + "</stream:stream>").addListener(ChannelFutureListener.CLOSE);
    }

    /** The {@code <stream:error/>} element, with the {@code stream:} prefix declared by the stream header. */
    static String element(String condition) {
        return "<stream:error><" + condition + " xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>";
    }
}
