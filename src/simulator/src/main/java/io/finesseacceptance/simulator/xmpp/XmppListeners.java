package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The notification service's listeners of its own (TCP, direct TLS when on, BOSH when on) and the event loops
 * that carry them and every connection they accept. Bound together, so a port already taken leaves neither a
 * listener nor a loop behind.
 */
final class XmppListeners {

    private final EventLoopGroup acceptor;
    private final EventLoopGroup workers;
    private final Channel tcp;
    private final Channel directTls;
    private final Channel bosh;
    private final boolean boshTls;
    private final List<Channel> all;

    private XmppListeners(EventLoopGroup acceptor, EventLoopGroup workers, Channel tcp, Channel directTls,
                          Channel bosh, boolean boshTls) {
        this.acceptor = acceptor;
        this.workers = workers;
        this.tcp = tcp;
        this.directTls = directTls;
        this.bosh = bosh;
        this.boshTls = boshTls;
        this.all = Stream.of(tcp, directTls, bosh).filter(Objects::nonNull).toList();
    }

    /** Binds every listener {@code core}'s config asks for and returns once they all accept connections. */
    static XmppListeners bind(StanzaCore core, BoshSessions boshSessions, ChannelGroup streamConnections,
                              ChannelGroup boshConnections, Duration idleTimeout) {
        XmppServiceConfig config = core.config();
        EventLoopGroup acceptor = new NioEventLoopGroup(1, new DefaultThreadFactory("xmpp-accept", true));
        EventLoopGroup workers = new NioEventLoopGroup(0, new DefaultThreadFactory("xmpp-io", true));
        Channel tcp = null;
        Channel directTls = null;
        Channel bosh = null;
        try {
            tcp = TcpStreamListener.bind(core, acceptor, workers, streamConnections, config.port(), false, idleTimeout);
            if (config.directTlsPort() != XmppServiceConfig.OFF) {
                directTls = TcpStreamListener.bind(core, acceptor, workers, streamConnections, config.directTlsPort(),
                        true, idleTimeout);
            }
            if (config.boshPort() != XmppServiceConfig.OFF) {
                bosh = BoshListener.bind(core, boshSessions, acceptor, workers, boshConnections, idleTimeout);
            }
        } catch (Throwable e) { // Netty rethrows a BindException unchecked
            Stream.of(tcp, directTls).filter(Objects::nonNull).forEach(Channel::close);
            shutDown(acceptor, workers);
            throw e;
        }
        return new XmppListeners(acceptor, workers, tcp, directTls, bosh, config.boshTls());
    }

    int tcpPort() {
        return portOf(tcp);
    }

    int directTlsPort() {
        return portOf(directTls);
    }

    int boshPort() {
        return portOf(bosh);
    }

    /** Null when BOSH is off. */
    URI boshUrl() {
        if (bosh == null) {
            return null;
        }
        InetSocketAddress address = (InetSocketAddress) bosh.localAddress();
        String host = address.getAddress().getHostAddress();
        return URI.create((boshTls ? "https" : "http") + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + address.getPort() + BoshHttpHandler.PATH);
    }

    List<SocketAddress> addresses() {
        return all.stream().map(Channel::localAddress).toList();
    }

    /** Closes every listener and waits for it; the connections they accepted stay open. */
    void stopListening() {
        all.forEach(listener -> listener.close().syncUninterruptibly());
    }

    /** Waits until each worker loop has run the tasks queued on it so far. */
    void drainWorkers() {
        workers.forEach(loop -> loop.submit(() -> { }).awaitUninterruptibly(2, TimeUnit.SECONDS));
    }

    /** Stops the event loops and waits for them; the last step of closing the service. */
    void stopEventLoops() {
        shutDown(acceptor, workers);
    }

    private static int portOf(Channel listener) {
        return listener == null ? XmppServiceConfig.OFF : ((InetSocketAddress) listener.localAddress()).getPort();
    }

    private static void shutDown(EventLoopGroup acceptor, EventLoopGroup workers) {
        acceptor.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS);
        acceptor.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        workers.terminationFuture().awaitUninterruptibly(5, TimeUnit.SECONDS);
        // Netty reports event loop termination through GlobalEventExecutor, whose thread lingers about
        // a second after its last task; waiting for it keeps close() from leaving a thread behind
        try {
            GlobalEventExecutor.INSTANCE.awaitInactivity(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
