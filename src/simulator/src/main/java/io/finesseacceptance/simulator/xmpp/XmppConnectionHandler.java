package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.timeout.IdleStateEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP transport of one client connection: stream headers, STARTTLS, idle pings, backpressure.
 * The XMPP conversation itself is {@link XmppConversation}'s. Runs on the connection's event loop,
 * except for the parts of {@link StreamTransport} callable from any thread.
 */
final class XmppConnectionHandler extends ChannelInboundHandlerAdapter implements StreamTransport {

    private static final Logger LOG = LoggerFactory.getLogger(XmppConnectionHandler.class);

    private final XmppServiceConfig config;
    private final XmppStreamDecoder decoder;
    private final StreamGreeting greeting;
    private final XmppConversation conversation;
    private Channel channel;
    private boolean headerSent;
    private boolean secured;

    /** {@code tlsFromStart}: the connection began with a TLS handshake (direct TLS), so no STARTTLS. */
    XmppConnectionHandler(StanzaCore core, XmppStreamDecoder decoder, boolean tlsFromStart) {
        this.config = core.config();
        this.decoder = decoder;
        this.greeting = new StreamGreeting(config);
        this.secured = tlsFromStart;
        this.conversation = core.conversation(this);
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        LOG.info("XMPP client connected from {}", channel.remoteAddress());
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        Object who = conversation.who();
        conversation.transportClosed();
        LOG.info("XMPP client {} disconnected", who);
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof StreamEvent event)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (conversation.isEnding()) {
            return;
        }
        // Java 17 has no pattern matching in switch yet
        if (event instanceof StreamEvent.Opened) {
            write(greeting.header());
            headerSent = true;
            conversation.streamOpened();
        } else if (event instanceof StreamEvent.Stanza stanza) {
            conversation.stanza(stanza.element());
        } else if (event instanceof StreamEvent.Closed) {
            LOG.debug("Client {} closed its stream", conversation.who());
            conversation.clientClosedStream();
            channel.writeAndFlush("</stream:stream>").addListener(ChannelFutureListener.CLOSE);
        } else if (event instanceof StreamEvent.Malformed malformed) {
            LOG.info("Closing XMPP connection of {}: {}", conversation.who(), malformed.reason());
            conversation.endStream(StreamError.NOT_WELL_FORMED);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent idle) {
            conversation.silent(idle.isFirst());
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (!channel.isWritable()) {
            // a client that stopped reading would otherwise make every publish grow this server's memory
            LOG.warn("Closing XMPP connection of {}: it stopped reading and its backlog hit the limit", conversation.who());
            ctx.close();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.info("XMPP connection of {} failed: {}", conversation.who(), cause.toString());
        ctx.close();
    }

    @Override
    public void send(String xml) {
        write(xml);
    }

    @Override
    public void expectStreamRestart() {
        decoder.restart();
        headerSent = false;
    }

    @Override
    public boolean canStartTls() {
        return config.tls() != null && !secured;
    }

    @Override
    public void startTls() {
        if (!canStartTls()) {
            conversation.stop();
            write("<failure xmlns='" + StreamGreeting.TLS + "'/></stream:stream>");
            channel.close();
            return;
        }
        // startTls=true lets <proceed/> itself leave unencrypted, everything after it goes through TLS
        channel.pipeline().addFirst("tls", ServerTls.handler(config.tls(), true));
        write("<proceed xmlns='" + StreamGreeting.TLS + "'/>");
        secured = true;
        expectStreamRestart();
    }

    @Override
    public boolean isSecure() {
        return secured;
    }

    @Override
    public void endStream(String condition) {
        if (!channel.eventLoop().inEventLoop()) {
            channel.eventLoop().execute(() -> conversation.endStream(condition));
            return;
        }
        conversation.serverEnded(condition);
        if (!headerSent) {
            write(greeting.header());
            headerSent = true;
        }
        StreamError.send(channel, condition);
    }

    @Override
    public Object remoteAddress() {
        return channel.remoteAddress();
    }

    private void write(String xml) {
        LOG.debug("SEND to {}: {}", conversation.who(), xml);
        channel.writeAndFlush(xml, channel.voidPromise());
    }
}
