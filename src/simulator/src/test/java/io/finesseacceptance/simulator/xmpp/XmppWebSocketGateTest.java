package io.finesseacceptance.simulator.xmpp;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.concurrent.ImmediateEventExecutor;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The WebSocket door in a web server's pipeline: what it leaves to the server, refuses, and upgrades. */
class XmppWebSocketGateTest {

    private final ChannelGroup connections = new DefaultChannelGroup(ImmediateEventExecutor.INSTANCE);
    private final XmppWebSocketGate gate = new XmppWebSocketGate(new StanzaCore(SmackClients.plainConfig(),
            new SessionRegistry(), new IqHandler(SmackClients.DOMAIN, SmackClients.PUBSUB, new SubscriptionStore(),
                    PubSubRules.OPEN)), Duration.ofMinutes(5), connections);

    @Test
    void requestsForOtherPathsPassOnUntouched() {
        EmbeddedChannel channel = new EmbeddedChannel(gate);
        for (String uri : List.of("/finesse/api/User/1001", "/wrong/", "/wsx", "/websocket", "/http-bind")) {
            FullHttpRequest request = request(uri, "xmpp");

            channel.writeInbound(request);

            assertThat((Object) channel.readInbound()).as(uri).isSameAs(request);
            request.release();
        }
        assertThat(channel.pipeline().get(XmppWebSocketGate.class)).isSameAs(gate);
        assertThat((Object) channel.readOutbound()).isNull();
    }

    @Test
    void withoutTheXmppSubprotocolAnUpgradeIsABadRequest() {
        for (String offered : new String[] {null, "chat", "XMPP", "xmpp-over-something"}) {
            EmbeddedChannel channel = new EmbeddedChannel(gate);

            channel.writeInbound(request("/ws/", offered));

            FullHttpResponse response = channel.readOutbound();
            assertThat(response.status().code()).as("offered %s", offered).isEqualTo(400);
            assertThat(response.content().toString(StandardCharsets.UTF_8)).contains("Sec-WebSocket-Protocol: xmpp");
            response.release();
            assertThat(channel.isOpen()).isFalse();
        }
    }

    @Test
    void onceTheServiceIsClosedUpgradesAreRefused() {
        gate.close();
        EmbeddedChannel channel = new EmbeddedChannel(gate);

        channel.writeInbound(request("/ws", "xmpp"));

        FullHttpResponse response = channel.readOutbound();
        assertThat(response.status().code()).isEqualTo(503);
        response.release();
    }

    @Test
    void anUpgradeAskingForXmppGetsNettysHandshakeAndBecomesAStream() {
        EmbeddedChannel channel = new EmbeddedChannel(new HttpServerCodec(), new HttpObjectAggregator(64 * 1024), gate);

        channel.writeInbound(Unpooled.copiedBuffer("GET /ws/ HTTP/1.1\r\nHost: finesse\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Protocol: chat, xmpp\r\n\r\n", StandardCharsets.US_ASCII));

        ByteBuf answer = channel.readOutbound();
        String response = answer.toString(StandardCharsets.US_ASCII).toLowerCase();
        answer.release();
        assertThat(response).startsWith("http/1.1 101").contains("sec-websocket-protocol: xmpp");
        assertThat(channel.pipeline().get(XmppWebSocketGate.class)).isNull();
        assertThat(channel.pipeline().get(WebSocketServerProtocolHandler.class)).isNotNull();
        assertThat(channel.pipeline().get(XmppWebSocketConnection.class)).isNotNull();
        assertThat(connections.contains(channel)).as("among the service's WebSocket connections").isTrue();
        channel.finishAndReleaseAll();
    }

    private static FullHttpRequest request(String uri, String subprotocol) {
        FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, uri);
        request.headers().set("Upgrade", "websocket").set("Connection", "Upgrade")
                .set("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==").set("Sec-WebSocket-Version", "13");
        if (subprotocol != null) {
            request.headers().set("Sec-WebSocket-Protocol", subprotocol);
        }
        return request;
    }
}
