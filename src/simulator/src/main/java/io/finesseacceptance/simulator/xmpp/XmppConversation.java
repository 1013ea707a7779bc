package io.finesseacceptance.simulator.xmpp;

import io.finesseacceptance.simulator.notifications.DesktopPresence;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's XMPP conversation, whatever carries it: SASL PLAIN, resource binding, then IQs and
 * presence. Transports feed it stream openings and stanzas and carry its output; it runs on one
 * thread at a time (the transport's event loop).
 */
final class XmppConversation {

    private static final Logger LOG = LoggerFactory.getLogger(XmppConversation.class);
    private static final String TLS = StreamGreeting.TLS;
    private static final String SASL = StreamGreeting.SASL;
    private static final String BIND = StreamGreeting.BIND;
    private static final String CLIENT = "jabber:client";

    private final XmppServiceConfig config;
    private final SessionRegistry sessions;
    private final IqHandler iqs;
    private final FinesseUserPresence finesseUser;
    private final StreamTransport transport;
    private final StreamGreeting greeting;
    private boolean awaitingSaslResponse;
    // set once the stream is ending: stanzas already received must not be acted on
    private boolean ending;
    // how the stream went, should it go while its presence is available: without a word unless told otherwise
    private DesktopPresence departure = DesktopPresence.DROPPED;
    private String username;
    private ClientSession session;

    XmppConversation(XmppServiceConfig config, SessionRegistry sessions, IqHandler iqs,
                     FinesseUserPresence finesseUser, StreamTransport transport) {
        this.config = config;
        this.sessions = sessions;
        this.iqs = iqs;
        this.finesseUser = finesseUser;
        this.transport = transport;
        this.greeting = new StreamGreeting(config);
    }

    /** The client (re)opened its stream: offer what fits the stage it reached. */
    void streamOpened() {
        if (!ending) {
            transport.send(username == null
                    ? greeting.beforeAuthentication(transport.canStartTls(), transport.isSecure())
                    : greeting.afterAuthentication());
        }
    }

    void stanza(XmlElement element) {
        if (ending) {
            return;
        }
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

    /** Acts on nothing more the client sends, e.g. after it closed its stream. */
    void stop() {
        ending = true;
    }

    /** The client closed its stream ({@code </stream:stream>}, a BOSH terminate): act on nothing more it sends. */
    void clientClosedStream() {
        ending = true;
        if (departure == DesktopPresence.DROPPED) {
            departure = DesktopPresence.CLOSED;
        }
    }

    /**
     * The server is ending the stream with {@code condition}. A connection timeout (pings unanswered) still
     * counts as a drop without a word: the client went silent.
     */
    void serverEnded(String condition) {
        ending = true;
        if (departure == DesktopPresence.DROPPED && !StreamError.CONNECTION_TIMEOUT.equals(condition)) {
            departure = DesktopPresence.ENDED_BY_SERVER;
        }
    }

    /**
     * The client has been silent for half the idle timeout ({@code first}) or for all of it. Like Openfire:
     * a bound client is pinged first (Smack clients send nothing for long stretches otherwise), then its
     * stream ends, which counts as a drop.
     */
    void silent(boolean first) {
        if (first && session != null) {
            transport.send("<iq type='get' id='idle-" + Long.toHexString(ThreadLocalRandom.current().nextLong())
                    + "' from='" + XmlEscaping.escape(config.domain()) + "' to='" + XmlEscaping.escape(session.fullJid())
                    + "'><ping xmlns='urn:xmpp:ping'/></iq>");
        } else if (!first) {
            LOG.info("Closing idle XMPP connection of {}", who());
            endStream(StreamError.CONNECTION_TIMEOUT);
        }
    }

    boolean isEnding() {
        return ending;
    }

    void endStream(String condition) {
        ending = true;
        transport.endStream(condition);
    }

    /** The transport is gone: the bound resource, if any, goes with it. */
    void transportClosed() {
        ending = true;
        if (session != null) {
            sessions.remove(session, departure);
        }
    }

    Object who() {
        if (session != null) {
            return session;
        }
        return username != null ? username : transport.remoteAddress();
    }

    private void negotiate(XmlElement element) {
        if (element.is("starttls", TLS)) {
            transport.startTls();
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

    private void authenticate(XmlElement auth) {
        if (config.tlsRequired() && !transport.isSecure()) {
            saslFailure("encryption-required");
        } else if (!"PLAIN".equals(auth.attribute("mechanism"))) {
            saslFailure("invalid-mechanism");
        } else if (auth.text().isBlank()) {
            // no initial response: ask for it with an empty challenge (RFC 6120 section 6.4.2)
            awaitingSaslResponse = true;
            transport.send("<challenge xmlns='" + SASL + "'/>");
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
            LOG.info("XMPP user {} authenticated from {}", username, transport.remoteAddress());
            transport.send("<success xmlns='" + SASL + "'/>");
            transport.expectStreamRestart();
        } else {
            LOG.info("XMPP authentication failed for user {} from {}", plain.username(), transport.remoteAddress());
            saslFailure("not-authorized");
        }
    }

    private void saslFailure(String condition) {
        transport.send("<failure xmlns='" + SASL + "'><" + condition + "/></failure>");
    }

    private void bind(XmlElement iq, XmlElement bind) {
        String requested = bind.child("resource", BIND).map(r -> r.text().strip()).orElse("");
        if (requested.length() > 1023) {
            transport.send(IqReply.error(iq, null, "modify", "bad-request"));
            return;
        }
        String resource = requested.isEmpty() ? generatedResource() : requested;
        session = new ClientSession(transport, username, resource, config.domain());
        // like Openfire: a new login on a resource in use kicks the older connection off
        sessions.bind(session).ifPresent(replaced -> {
            LOG.info("XMPP resource {} taken over by a new connection", replaced);
            replaced.endStream(StreamError.CONFLICT);
        });
        LOG.info("XMPP session {} bound", session);
        transport.send(IqReply.result(iq, null, "<bind xmlns='" + BIND + "'><jid>" + XmlEscaping.escape(session.fullJid()) + "</jid></bind>"));
    }

    private void iq(XmlElement iq) {
        if (iq.child("bind", BIND).isPresent()) {
            transport.send(IqReply.error(iq, session.fullJid(), "cancel", "not-allowed"));
            return;
        }
        String reply = iqs.handle(iq, session);
        if (reply != null) {
            transport.send(reply);
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
            if (sessions.setAvailable(session, priority >= 0)) {
                finesseUser.greet(session);
            }
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

    private static String generatedResource() {
        return "sim-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }
}
