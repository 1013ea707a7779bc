package io.finesseacceptance.simulator.xmpp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.string.StringEncoder;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A listening socket for XMPP over TCP: plain with optional STARTTLS, or direct TLS (port 5223 style). */
final class TcpStreamListener {

    // unsent bytes a connection may accumulate before it is dropped as not reading
    static final int BACKLOG_LIMIT = 32 * 1024 * 1024;

    private TcpStreamListener() {
    }

    /** Binds {@code port} and returns the listening channel once it accepts connections. */
    static Channel bind(StanzaCore core, EventLoopGroup acceptor, EventLoopGroup workers, ChannelGroup connections,
                        int port, boolean directTls, Duration idleTimeout) {
        return new ServerBootstrap()
                .group(acceptor, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(BACKLOG_LIMIT / 2, BACKLOG_LIMIT))
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (!core.admission().admit(channel)) {
                            return;
                        }
                        connections.add(channel);
                        XmppStreamDecoder decoder = new XmppStreamDecoder();
                        if (directTls) {
                            channel.pipeline().addLast("tls", ServerTls.handler(core.config().tls(), false));
                        }
                        channel.pipeline()
                                // half the timeout: the first silent half earns a ping, the second a disconnect
                                .addLast("idle", new IdleStateHandler(idleTimeout.toMillis() / 2, 0, 0, TimeUnit.MILLISECONDS))
                                .addLast("encoder", new StringEncoder(StandardCharsets.UTF_8))
                                .addLast("decoder", decoder)
                                .addLast("xmpp", new XmppConnectionHandler(core, decoder, directTls));
                    }
                })
                .bind(new InetSocketAddress(core.config().bindHost(), port))
                .syncUninterruptibly()
                .channel();
    }
}
