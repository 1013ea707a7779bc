package io.finesseacceptance.simulator.xmpp;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The HTTP(S) listening socket of the BOSH endpoint {@code /http-bind}. */
final class BoshListener {

    // a BOSH body carries a few stanzas; the same bound as one stanza over TCP, plus the wrapper
    private static final int MAX_BODY_BYTES = XmppStreamDecoder.MAX_STANZA_BYTES + 64 * 1024;

    private BoshListener() {
    }

    static Channel bind(StanzaCore core, BoshSessions sessions, EventLoopGroup acceptor, EventLoopGroup workers,
                        ChannelGroup connections, Duration idleTimeout) {
        XmppServiceConfig config = core.config();
        // a held request is silent for up to the wait; connections silent far longer are dead
        long idleMillis = Math.max(idleTimeout.toMillis(), 2_000L * BoshSessionParameters.MAX_WAIT_SECONDS);
        return new ServerBootstrap()
                .group(acceptor, workers)
                .channel(NioServerSocketChannel.class)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        if (!core.admission().admit(channel)) {
                            return;
                        }
                        connections.add(channel);
                        if (config.boshTls()) {
                            channel.pipeline().addLast("tls", ServerTls.handler(config.tls(), false));
                        }
                        channel.pipeline()
                                .addLast("http", new HttpServerCodec())
                                .addLast("aggregator", new HttpObjectAggregator(MAX_BODY_BYTES))
                                .addLast("idle", new IdleStateHandler(0, 0, idleMillis, TimeUnit.MILLISECONDS))
                                .addLast("bosh", new BoshHttpHandler(sessions));
                    }
                })
                .bind(new InetSocketAddress(config.bindHost(), config.boshPort()))
                .syncUninterruptibly()
                .channel();
    }
}
