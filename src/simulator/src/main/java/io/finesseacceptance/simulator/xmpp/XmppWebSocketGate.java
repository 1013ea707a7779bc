package io.finesseacceptance.simulator.xmpp;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The door to XMPP over WebSocket (RFC 7395) in a web server's pipeline, after its HTTP codec and
 * aggregator and before its own handler: requests for other paths pass on untouched; an upgrade at
 * {@value #PATH} asking for the {@code xmpp} subprotocol gets Netty's WebSocket handshake and turns the
 * connection into an XMPP stream. Netty's handlers go in only then, so REST connections never meet them.
 */
@ChannelHandler.Sharable
final class XmppWebSocketGate extends ChannelInboundHandlerAdapter {

    static final String PATH = "/ws";
    static final String SUBPROTOCOL = "xmpp";
    private static final Logger LOG = LoggerFactory.getLogger(XmppWebSocketGate.class);
    private static final WebSocketServerProtocolConfig PROTOCOL = WebSocketServerProtocolConfig.newBuilder()
            .websocketPath(PATH)
            .checkStartsWith(true)
            .subprotocols(SUBPROTOCOL)
            // one frame carries one stanza: the same bound as a stanza over TCP
            .maxFramePayloadLength(XmppStreamDecoder.MAX_STANZA_BYTES)
            .build();

    private final StanzaCore core;
    private final Duration idleTimeout;
    private final ChannelGroup connections;
    private volatile boolean closed;

    XmppWebSocketGate(StanzaCore core, Duration idleTimeout, ChannelGroup connections) {
        this.core = core;
        this.idleTimeout = idleTimeout;
        this.connections = connections;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof FullHttpRequest request) || !isForXmpp(request)) {
            ctx.fireChannelRead(msg);
        } else if (closed) {
            refuse(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, "the notification service is stopping");
        } else if (!core.admission().isOpen()) {
            // the web server is up, the XMPP service behind /ws/ is not
            refuse(ctx, request, HttpResponseStatus.SERVICE_UNAVAILABLE, "the notification service is down");
        } else if (!asksForXmppSubprotocol(request)) {
            // RFC 7395: without the subprotocol agreed, no XMPP stream is established
            refuse(ctx, request, HttpResponseStatus.BAD_REQUEST,
                    "XMPP over WebSocket needs Sec-WebSocket-Protocol: " + SUBPROTOCOL + " (RFC 7395)");
        } else {
            ctx.pipeline().addAfter(ctx.name(), "xmpp-websocket", new WebSocketServerProtocolHandler(PROTOCOL))
                    .addAfter("xmpp-websocket", "xmpp-frames", new WebSocketFrameAggregator(XmppStreamDecoder.MAX_STANZA_BYTES))
                    .addAfter("xmpp-frames", "xmpp", new XmppWebSocketConnection(core, idleTimeout, connections))
                    .remove(this);
            // a removed handler's context still forwards: the request goes on to the handshake just added
            ctx.fireChannelRead(request);
        }
    }

    /** New upgrades are refused from now on; the service ends the streams already open. */
    void close() {
        closed = true;
    }

    private static boolean isForXmpp(FullHttpRequest request) {
        String path = new QueryStringDecoder(request.uri()).path();
        return path.equals(PATH) || path.startsWith(PATH + "/");
    }

    private static boolean asksForXmppSubprotocol(FullHttpRequest request) {
        return request.headers().getAll(HttpHeaderNames.SEC_WEBSOCKET_PROTOCOL).stream()
                .flatMap(offered -> Arrays.stream(offered.split(",")))
                .anyMatch(offered -> offered.strip().equals(SUBPROTOCOL));
    }

    private static void refuse(ChannelHandlerContext ctx, FullHttpRequest request, HttpResponseStatus status,
                               String reason) {
        LOG.info("WebSocket upgrade from {} refused ({}): {}", ctx.channel().remoteAddress(), status.code(), reason);
        request.release();
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
                Unpooled.copiedBuffer(reason + "\n", StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/plain; charset=UTF-8")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }
}
