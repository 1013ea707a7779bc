package io.finesseacceptance.simulator.xmpp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * One BOSH HTTP request waiting for its answer. Answerable once, from any thread; the answer goes
 * out on the request's connection, which stays open for the next request when the client keeps it alive.
 */
final class BoshExchange {

    private final Channel channel;
    private final boolean keepAlive;
    private ChannelFutureListener closeListener;

    BoshExchange(Channel channel, boolean keepAlive) {
        this.channel = channel;
        this.keepAlive = keepAlive;
    }

    /** Runs {@code action} if the client drops the connection before the answer; at most once. */
    void onClose(Runnable action) {
        closeListener = future -> action.run();
        channel.closeFuture().addListener(closeListener);
    }

    void answer(String body) {
        if (closeListener != null) {
            // keep-alive connections carry many requests: listeners must not pile up on them
            channel.closeFuture().removeListener(closeListener);
            closeListener = null;
        }
        ByteBuf content = Unpooled.copiedBuffer(body, StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.OK, content);
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "text/xml; charset=utf-8");
        send(channel, response, keepAlive);
    }

    Channel channel() {
        return channel;
    }

    /** A bodiless answer for requests that never reach a session: preflights and errors. */
    static void status(Channel channel, HttpResponseStatus status, boolean keepAlive) {
        send(channel, new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.EMPTY_BUFFER), keepAlive);
    }

    private static void send(Channel channel, FullHttpResponse response, boolean keepAlive) {
        response.headers()
                .set(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes())
                .set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_STORE)
                // browser-based Finesse gadgets call /http-bind from another origin
                .set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_METHODS, "POST, OPTIONS")
                .set(HttpHeaderNames.ACCESS_CONTROL_ALLOW_HEADERS, "Content-Type")
                .set(HttpHeaderNames.ACCESS_CONTROL_MAX_AGE, 86400);
        if (keepAlive) {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            // a failed write needs no handling: the client gave up on this connection and repeats the rid if it still cares
            channel.writeAndFlush(response);
        } else {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            channel.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
