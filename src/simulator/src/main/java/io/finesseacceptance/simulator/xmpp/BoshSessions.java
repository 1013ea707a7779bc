package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.Channel;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The live BOSH sessions by sid: creates them, routes requests to them, ends them all on shutdown. */
final class BoshSessions {

    private static final Logger LOG = LoggerFactory.getLogger(BoshSessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StanzaCore core;
    private final boolean secure;
    private final Map<String, BoshSession> bySid = new ConcurrentHashMap<>();
    private volatile boolean closed;

    BoshSessions(StanzaCore core, boolean secure) {
        this.core = core;
        this.secure = secure;
    }

    /** Answers {@code body}, now or once stanzas are due; false when it is a bad request (no usable rid). */
    boolean handle(BoshBody body, Channel channel, boolean keepAlive) {
        OptionalLong rid = body.rid();
        if (rid.isEmpty()) {
            return false;
        }
        BoshExchange exchange = new BoshExchange(channel, keepAlive);
        String sid = body.sid();
        if (sid == null) {
            create(rid.getAsLong(), body, exchange, channel);
            return true;
        }
        BoshSession session = bySid.get(sid);
        if (session == null) {
            exchange.answer(BoshBodies.terminate("item-not-found", ""));
        } else {
            session.request(rid.getAsLong(), body, exchange);
        }
        return true;
    }

    int size() {
        return bySid.size();
    }

    /** Ends every session; their held requests are answered with {@code system-shutdown}. */
    void close() {
        closed = true;
        endAll();
    }

    /** Ends every session as {@link #close()} does, and keeps taking new ones. */
    void endAll() {
        bySid.values().forEach(BoshSession::shutDown);
    }

    private void create(long rid, BoshBody body, BoshExchange exchange, Channel channel) {
        String domain = core.config().domain();
        if (closed) {
            exchange.answer(BoshBodies.terminate("system-shutdown", ""));
            return;
        }
        if (body.to() != null && !body.to().strip().equalsIgnoreCase(domain)) {
            exchange.answer(BoshBodies.terminate("host-unknown", ""));
            return;
        }
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        String sid = HexFormat.of().formatHex(bytes);
        BoshSessionParameters parameters = BoshSessionParameters.grant(sid, domain, body, core.config().boshInactivity(), secure);
        BoshSession session = new BoshSession(core, parameters, channel.eventLoop(), channel.remoteAddress(),
                () -> bySid.remove(sid));
        bySid.put(sid, session);
        LOG.info("BOSH session {} created for {}", sid, channel.remoteAddress());
        session.start(rid, exchange);
    }
}
