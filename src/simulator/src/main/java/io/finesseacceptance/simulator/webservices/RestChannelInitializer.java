package io.finesseacceptance.simulator.webservices;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/**
 * The per-connection pipeline: idle timeout, optional TLS, HTTP codec with a body limit, the doors
 * other services open on this port (XMPP over WebSocket), the API.
 */
final class RestChannelInitializer extends ChannelInitializer<SocketChannel> {

    private final SSLContext tls;
    private final Duration idleTimeout;
    private final int maxBodyBytes;
    private final List<ChannelHandler> doors;
    private final ChannelHandler api;

    /**
     * @param tls   null for plain HTTP
     * @param doors sharable handlers that see every request before the API and take those they serve
     */
    RestChannelInitializer(SSLContext tls, Duration idleTimeout, int maxBodyBytes, List<ChannelHandler> doors,
            ChannelHandler api) {
        this.tls = tls;
        this.idleTimeout = idleTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.doors = List.copyOf(doors);
        this.api = api;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        // first in line, so a client stalling in the TLS handshake is dropped as well as one stalling mid-request
        channel.pipeline().addLast(new ReadTimeoutHandler(idleTimeout.toMillis(), TimeUnit.MILLISECONDS));
        if (tls != null) {
            SSLEngine engine = tls.createSSLEngine();
            engine.setUseClientMode(false);
            channel.pipeline().addLast(new SslHandler(engine));
        }
        channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(maxBodyBytes));
        doors.forEach(channel.pipeline()::addLast);
        channel.pipeline().addLast(api);
    }
}
