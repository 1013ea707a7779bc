package io.finesseacceptance.simulator.webservices;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns aggregated HTTP requests into {@link ApiRequest}s and writes the router's answers. */
@ChannelHandler.Sharable
final class FinesseHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    private static final Logger LOG = LoggerFactory.getLogger(FinesseHttpHandler.class);

    private final ApiRouter router;

    FinesseHttpHandler(ApiRouter router) {
        this.router = router;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        ApiResponse response = answer(request);
        // headers and credentials stay out of the log on purpose
        LOG.debug("{} {} -> {}", request.method(), request.uri(), response.status().code());
        FullHttpResponse http = toHttp(request, response);
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(http, keepAlive);
        Runnable afterWritten = response.afterWritten();
        var written = ctx.writeAndFlush(http).addListener(future -> afterWritten.run());
        if (!keepAlive) {
            written.addListener(ChannelFutureListener.CLOSE);
        }
    }

    private ApiResponse answer(FullHttpRequest request) {
        if (request.decoderResult().isFailure()) {
            return ApiResponse.error(ApiErrorReply.badRequest("", "Malformed HTTP request"));
        }
        try {
            QueryStringDecoder uri = new QueryStringDecoder(request.uri());
            ApiRequest apiRequest = new ApiRequest(request.method(), uri.path(), uri.parameters(), request.headers(),
                    ByteBufUtil.getBytes(request.content()));
            return router.route(apiRequest);
        } catch (ApiException e) {
            return e.response();
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", request.method(), request.uri(), e);
            return ApiResponse.error(ApiErrorReply.internal());
        }
    }

    private static FullHttpResponse toHttp(FullHttpRequest request, ApiResponse response) {
        byte[] body = response.xmlBody().getBytes(StandardCharsets.UTF_8);
        FullHttpResponse http = new DefaultFullHttpResponse(request.protocolVersion(), response.status(),
                Unpooled.wrappedBuffer(body));
        if (body.length > 0) {
            http.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/xml; charset=UTF-8");
        }
        http.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
        http.headers().set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            http.headers().set(header.getKey(), header.getValue());
        }
        return http;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("closing HTTP connection after error", cause);
        ctx.close();
    }
}
