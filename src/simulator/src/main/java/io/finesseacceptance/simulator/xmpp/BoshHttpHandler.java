package io.finesseacceptance.simulator.xmpp;

import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP side of the BOSH endpoint: path, method and body checks before a request reaches its session. */
final class BoshHttpHandler extends SimpleChannelInboundHandler<FullHttpRequest> {

    static final String PATH = "/http-bind";
    private static final Logger LOG = LoggerFactory.getLogger(BoshHttpHandler.class);

    private final BoshSessions sessions;

    BoshHttpHandler(BoshSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        String path = new QueryStringDecoder(request.uri()).path();
        if (!request.decoderResult().isSuccess()) {
            BoshExchange.status(ctx.channel(), HttpResponseStatus.BAD_REQUEST, false);
        } else if (!path.equals(PATH) && !path.equals(PATH + "/")) {
            BoshExchange.status(ctx.channel(), HttpResponseStatus.NOT_FOUND, keepAlive);
        } else if (HttpMethod.OPTIONS.equals(request.method())) {
            BoshExchange.status(ctx.channel(), HttpResponseStatus.OK, keepAlive);
        } else if (!HttpMethod.POST.equals(request.method())) {
            BoshExchange.status(ctx.channel(), HttpResponseStatus.METHOD_NOT_ALLOWED, keepAlive);
        } else {
            Optional<BoshBody> body = BoshBodyParser.parse(ByteBufUtil.getBytes(request.content()));
            if (body.isEmpty() || !sessions.handle(body.get(), ctx.channel(), keepAlive)) {
                LOG.info("Bad BOSH request from {}", ctx.channel().remoteAddress());
                BoshExchange.status(ctx.channel(), HttpResponseStatus.BAD_REQUEST, keepAlive);
            }
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (evt instanceof IdleStateEvent) {
            ctx.close();
        } else {
            ctx.fireUserEventTriggered(evt);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.info("BOSH connection of {} failed: {}", ctx.channel().remoteAddress(), cause.toString());
        ctx.close();
    }
}
