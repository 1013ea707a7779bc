package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection's XMPP conversation: stream (re)opening, STARTTLS, SASL PLAIN, resource
 * binding, then IQs and presence. Runs on the connection's event loop only.
 */
final class XmppConnectionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(XmppConnectionHandler.class);
    private static final String TLS = StreamGreeting.TLS;
    private static final String SASL = StreamGreeting.SASL;
    private static final String BIND = StreamGreeting.BIND;
    private static final String CLIENT = "jabber:client";
    private static final List<String> TLS_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private final XmppServiceConfig config;
    private final SessionRegistry sessions;
    private final IqHandler iqs;
    private final XmppStreamDecoder decoder;
    private final StreamGreeting greeting;
    private Channel channel;
    private boolean headerSent;
    private boolean secured;
    private boolean awaitingSaslResponse;
    // set once the stream is ending: stanzas already in the same read must not be acted on
    private boolean ending;
    private String username;
    private ClientSession session;

    XmppConnectionHandler(XmppServiceConfig config, SessionRegistry sessions, IqHandler iqs, XmppStreamDecoder decoder) {
        this.config = config;
        this.sessions = sessions;
        this.iqs = iqs;
        this.decoder = decoder;
        this.greeting = new StreamGreeting(config);
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        LOG.info("XMPP client connected from {}", channel.remoteAddress());
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (session != null) {
            sessions.remove(session);
        }
        LOG.info("XMPP client {} disconnected", session != null ? session : channel.remoteAddress());
        ctx.fireChannelInactive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof StreamEvent event)) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (ending) {
            return;
        }
        // Java 17 has no pattern matching in switch yet
        if (event instanceof StreamEvent.Opened) {
            streamOpened();
        } else if (event instanceof StreamEvent.Stanza stanza) {
            stanza(stanza.element());
        } else if (event instanceof StreamEvent.Closed) {
            LOG.debug("Client {} closed its stream", who());
            ending = true;
            channel.writeAndFlush("</stream:stream>").addListener(ChannelFutureListener.CLOSE);
        } else if (event instanceof StreamEvent.Malformed malformed) {
            LOG.info("Closing XMPP connection of {}: {}", who(), malformed.reason());
            endStream(StreamError.NOT_WELL_FORMED);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (!(evt instanceof IdleStateEvent idle)) {
            ctx.fireUserEventTriggered(evt);
        } else if (idle.isFirst() && session != null) {
            // like Openfire: ping a silent client first, Smack clients send nothing for long stretches otherwise
            write("<iq type='get' id='idle-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "' from='"
                    + XmlText.escape(config.domain()) + "' to='" + XmlText.escape(session.fullJid())
                    + "'><ping xmlns='urn:xmpp:ping'/></iq>");
        } else if (!idle.isFirst()) {
            LOG.info("Closing idle XMPP connection of {}", who());
            endStream(StreamError.CONNECTION_TIMEOUT);
        }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (!channel.isWritable()) {
            // a client that stopped reading would otherwise make every publish grow this server's memory
            LOG.warn("Closing XMPP connection of {}: it stopped reading and its backlog hit the limit", who());
            ctx.close();
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.info("XMPP connection of {} failed: {}", who(), cause.toString());
        ctx.close();
    }

    private void streamOpened() {
        write(greeting.header());
        headerSent = true;
        write(username == null ? greeting.beforeAuthentication(secured) : greeting.afterAuthentication());
    }

    private void stanza(XmlElement element) {
        LOG.debug("RECV from {}: {}", who(), element);
        if (username == null) {
            negotiate(element);
        } else if (session == null) {
            if (element.is("iq", CLIENT) && "set".equals(element.attribute("type")) && element.child("bind", BIND).isPresent()) {
                bind(element, element.child("bind", BIND).get());
            } else {
                endStream(StreamError.NOT_AUTHORIZED);
            }
        } else if (element.is("iq", CLIENT)) {
            iq(element);
        } else if (element.is("presence", CLIENT)) {
            presence(element);
        }
        // messages from clients go nowhere: Finesse clients only receive
    }

    private void negotiate(XmlElement element) {
        if (element.is("starttls", TLS)) {
            startTls();
        } else if (element.is("auth", SASL)) {
            authenticate(element);
        } else if (element.is("response", SASL) && awaitingSaslResponse) {
            awaitingSaslResponse = false;
            checkCredentials(element.text());
        } else if (element.is("abort", SASL)) {
            awaitingSaslResponse = false;
            saslFailure("aborted");
        } else {
            endStream(StreamError.NOT_AUTHORIZED);
        }
    }

    private void startTls() {
        if (config.tls() == null || secured) {
            write("<failure xmlns='" + TLS + "'/></stream:stream>");
            channel.close();
            return;
        }
        SSLEngine engine = config.tls().createSSLEngine();
        engine.setUseClientMode(false);
        engine.setEnabledProtocols(Arrays.stream(engine.getSupportedProtocols()).filter(TLS_PROTOCOLS::contains)
                .toArray(String[]::new));
        // startTls=true lets <proceed/> itself leave unencrypted, everything after it goes through TLS
        channel.pipeline().addFirst("tls", new SslHandler(engine, true));
        write("<proceed xmlns='" + TLS + "'/>");
        secured = true;
        restartStream();
    }

    private void authenticate(XmlElement auth) {
        if (config.tlsRequired() && !secured) {
            saslFailure("encryption-required");
        } else if (!"PLAIN".equals(auth.attribute("mechanism"))) {
            saslFailure("invalid-mechanism");
        } else if (auth.text().isBlank()) {
            // no initial response: ask for it with an empty challenge (RFC 6120 section 6.4.2)
            awaitingSaslResponse = true;
            write("<challenge xmlns='" + SASL + "'/>");
        } else {
            checkCredentials(auth.text());
        }
    }

    private void checkCredentials(String base64) {
        Optional<SaslPlainCredentials> credentials = SaslPlainCredentials.decode(base64);
        if (credentials.isEmpty()) {
            saslFailure("malformed-request");
            return;
        }
        SaslPlainCredentials plain = credentials.get();
        String authzid = plain.authzid();
        if (!authzid.isEmpty() && !authzid.equals(plain.username()) && !authzid.equals(plain.username() + "@" + config.domain())) {
            saslFailure("invalid-authzid");
        } else if (config.authenticator().authenticate(plain.username(), plain.password())) {
            username = plain.username();
            LOG.info("XMPP user {} authenticated from {}", username, channel.remoteAddress());
            write("<success xmlns='" + SASL + "'/>");
            restartStream();
        } else {
            LOG.info("XMPP authentication failed for user {} from {}", plain.username(), channel.remoteAddress());
            saslFailure("not-authorized");
        }
    }

    private void saslFailure(String condition) {
        write("<failure xmlns='" + SASL + "'><" + condition + "/></failure>");
    }

    private void bind(XmlElement iq, XmlElement bind) {
        String requested = bind.child("resource", BIND).map(r -> r.text().strip()).orElse("");
        if (requested.length() > 1023) {
            write(IqReply.error(iq, null, "modify", "bad-request"));
            return;
        }
        String resource = requested.isEmpty() ? generatedResource() : requested;
        session = new ClientSession(channel, username, resource, config.domain());
        // like Openfire: a new login on a resource in use kicks the older connection off
        sessions.bind(session).ifPresent(replaced -> {
            LOG.info("XMPP resource {} taken over by a new connection", replaced);
            StreamError.send(replaced.channel(), StreamError.CONFLICT);
        });
        LOG.info("XMPP session {} bound", session);
        write(IqReply.result(iq, null, "<bind xmlns='" + BIND + "'><jid>" + XmlText.escape(session.fullJid()) + "</jid></bind>"));
    }

    private void iq(XmlElement iq) {
        if (iq.child("bind", BIND).isPresent()) {
            write(IqReply.error(iq, session.fullJid(), "cancel", "not-allowed"));
            return;
        }
        String reply = iqs.handle(iq, session);
        if (reply != null) {
            write(reply);
        }
    }

    private void presence(XmlElement presence) {
        if (presence.attribute("to") != null) {
            return; // directed presence: no one here to receive it
        }
        String type = presence.attribute("type");
        if (type == null) {
            int priority = presence.child("priority", CLIENT).map(p -> parsePriority(p.text())).orElse(0);
            // a negative priority means "never deliver to me unless addressed by full JID" (RFC 6121)
            sessions.setAvailable(session, priority >= 0);
        } else if ("unavailable".equals(type)) {
            sessions.setAvailable(session, false);
        }
    }

    private static int parsePriority(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void restartStream() {
        decoder.restart();
        headerSent = false;
    }

    private void endStream(String condition) {
        ending = true;
        if (!headerSent) {
            write(greeting.header());
            headerSent = true;
        }
        StreamError.send(channel, condition);
    }

    private void write(String xml) {
        LOG.debug("SEND to {}: {}", who(), xml);
        channel.writeAndFlush(xml, channel.voidPromise());
    }

    private String generatedResource() {
        return "sim-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    private Object who() {
        if (session != null) {
            return session;
        }
        return username != null ? username : channel.remoteAddress();
    }
}
