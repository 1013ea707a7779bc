package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;

/**
 * Whether the notification service takes new connections: while it is down (a crashed service), every door
 * turns them away, as a port nobody listens on would, without the listeners giving up their ports.
 */
final class ConnectionAdmission {

    private volatile boolean open = true;

    boolean isOpen() {
        return open;
    }

    void open() {
        open = true;
    }

    void close() {
        open = false;
    }

    /**
     * Closes a just-accepted connection with a reset unless the service takes connections; true when it does.
     * Called by the TCP and BOSH listeners before they set a connection up.
     */
    boolean admit(Channel accepted) {
        if (open) {
            return true;
        }
        // linger 0: the client meets a reset, the nearest a bound port comes to "connection refused"
        accepted.config().setOption(ChannelOption.SO_LINGER, 0);
        accepted.close();
        return false;
    }
}
