package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WebSocket transport of one client (RFC 7395): one XML element per text frame, {@code <open/>} and
 * {@code <close/>} in place of the stream header and its end, no STARTTLS (TLS is the wss layer). The
 * XMPP conversation itself is {@link XmppConversation}'s, as on TCP and BOSH. Runs on the connection's
 * event loop, except for the parts of {@link StreamTransport} callable from any thread.
 */
final class XmppWebSocketConnection extends ChannelInboundHandlerAdapter implements StreamTransport {

    private static final Logger LOG = LoggerFactory.getLogger(XmppWebSocketConnection.class);
    private static final String CLIENT = "jabber:client";

    private final StreamGreeting greeting;
    private final XmppConversation conversation;
    private final Duration idleTimeout;
    private final ChannelGroup connections;
    private Channel channel;
    private boolean awaitingOpen = true;
    // set once <close/> went out: nothing may follow it but the close frame
    private boolean closing;

    XmppWebSocketConnection(StanzaCore core, Duration idleTimeout, ChannelGroup connections) {
        this.greeting = new StreamGreeting(core.config());
        this.conversation = core.conversation(this);
        this.idleTimeout = idleTimeout;
        this.connections = connections;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        connections.add(channel);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof WebSocketServerProtocolHandler.HandshakeComplete) {
            upgraded(ctx.pipeline());
        } else if (evt instanceof IdleStateEvent idle) {
            conversation.silent(idle.isFirst());
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    private void upgraded(ChannelPipeline pipeline) {
        // the web server's read timeout is for HTTP requests; the stream follows the XMPP idle rule instead
        if (pipeline.get(ReadTimeoutHandler.class) != null) {
            pipeline.remove(ReadTimeoutHandler.class);
        }
        // first in line, so every byte the client sends counts as traffic, WebSocket pings included
        pipeline.addFirst("xmpp-idle", new IdleStateHandler(idleTimeout.toMillis() / 2, 0, 0, TimeUnit.MILLISECONDS));
        channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(TcpStreamListener.BACKLOG_LIMIT / 2,
                TcpStreamListener.BACKLOG_LIMIT));
        LOG.info("XMPP client connected over {} from {}", isSecure() ? "wss" : "ws", channel.remoteAddress());
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        // a close frame, a TCP close or a reset without <close/> first: the same drop as a TCP disconnect
        Object who = conversation.who();
        conversation.transportClosed();
        LOG.info("XMPP WebSocket client {} disconnected", who);
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof TextWebSocketFrame frame) {
            try {
                received(frame.text());
            } finally {
                frame.release();
            }
        } else if (msg instanceof WebSocketFrame other) {
            other.release();
            if (!conversation.isEnding()) {
                LOG.info("Closing XMPP WebSocket of {}: a {} (RFC 7395 uses text frames only)", conversation.who(),
                        other.getClass().getSimpleName());
                conversation.endStream(StreamError.NOT_WELL_FORMED);
            }
        } else {
            ctx.fireChannelRead(msg);
        }
    }

    private void received(String text) {
        if (conversation.isEnding() || text.isBlank()) {
            return; // a keep-alive at most, and no XML to parse (its bytes already counted as traffic)
        }
        Optional<XmlElement> parsed = XmlDocuments.parse(text.getBytes(StandardCharsets.UTF_8),
                (declared, depth) -> declared.isEmpty() ? CLIENT : declared);
        if (parsed.isEmpty()) {
            LOG.info("Closing XMPP WebSocket of {}: a frame that is not one XML element", conversation.who());
            conversation.endStream(StreamError.NOT_WELL_FORMED);
            return;
        }
        XmlElement element = parsed.get();
        if (element.is("open", StreamGreeting.FRAMING)) {
            awaitingOpen = false;
            write(greeting.framedOpen());
            conversation.streamOpened();
        } else if (element.is("close", StreamGreeting.FRAMING)) {
            LOG.debug("Client {} closed its stream", conversation.who());
            conversation.clientClosedStream();
            close();
        } else if (awaitingOpen) {
            conversation.endStream(StreamError.NOT_WELL_FORMED);
        } else {
            conversation.stanza(element);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (!channel.isWritable()) {
            // a client that stopped reading would otherwise make every publish grow this server's memory
            LOG.warn("Closing XMPP WebSocket of {}: it stopped reading and its backlog hit the limit", conversation.who());
            ctx.close();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.info("XMPP WebSocket of {} failed: {}", conversation.who(), cause.toString());
        ctx.close();
    }

    @Override
    public void send(String xml) {
        write(StanzaNamespaces.standalone(xml));
    }

    @Override
    public void expectStreamRestart() {
        // after SASL success the client opens anew with <open/> (RFC 7395)
        awaitingOpen = true;
    }

    @Override
    public boolean canStartTls() {
        return false; // TLS is the wss layer below (RFC 7395)
    }

    @Override
    public void startTls() {
        conversation.stop();
        write("<failure xmlns='" + StreamGreeting.TLS + "'/>");
        close();
    }

    @Override
    public boolean isSecure() {
        return channel.pipeline().get(SslHandler.class) != null;
    }

    @Override
    public void endStream(String condition) {
        if (!channel.eventLoop().inEventLoop()) {
            channel.eventLoop().execute(() -> conversation.endStream(condition));
            return;
        }
        if (closing) {
            return;
        }
        conversation.serverEnded(condition);
        send(StreamError.element(condition));
        close();
    }

    @Override
    public Object remoteAddress() {
        return channel.remoteAddress();
    }

    /** {@code <close/>}, then the WebSocket closing handshake's frame, then the connection (RFC 7395). */
    private void close() {
        write(StreamGreeting.FRAMED_CLOSE);
        closing = true;
        channel.writeAndFlush(new CloseWebSocketFrame(WebSocketCloseStatus.NORMAL_CLOSURE))
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** Callable from any thread; hops onto the event loop, where {@code closing} lives. */
    private void write(String xml) {
        if (!channel.eventLoop().inEventLoop()) {
            channel.eventLoop().execute(() -> write(xml));
            return;
        }
        if (closing) {
            return; // e.g. an Update published before the connection is gone: Netty refuses frames after the close frame
        }
        LOG.debug("SEND to {}: {}", conversation.who(), xml);
        channel.writeAndFlush(new TextWebSocketFrame(xml), channel.voidPromise());
    }
}
