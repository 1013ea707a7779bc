package io.finesseacceptance.notify;

import io.finesseacceptance.settings.AgentAccount;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.AbstractXMPPConnection;
import org.jivesoftware.smack.ConnectionListener;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.AndFilter;
import org.jivesoftware.smack.filter.FromMatchesFilter;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.sasl.SASLErrorException;
import org.jivesoftware.smack.util.XmlStringBuilder;
import org.jivesoftware.smackx.ping.PingManager;
import org.jivesoftware.smackx.pubsub.NodeExtension;
import org.jivesoftware.smackx.pubsub.PubSubElementType;
import org.jivesoftware.smackx.pubsub.SubscribeExtension;
import org.jivesoftware.smackx.pubsub.Subscription;
import org.jivesoftware.smackx.pubsub.SubscriptionsExtension;
import org.jivesoftware.smackx.pubsub.UnsubscribeExtension;
import org.jivesoftware.smackx.pubsub.packet.PubSub;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One agent's XMPP session with the Finesse notification service. Opening it returns only once the
 * session is listening and the server has processed its presence, so a request sent afterwards cannot
 * outrun its notification.
 *
 * <p>A session that drops (server restart, idle cut, a network blip that leaves pings unanswered) is
 * opened again at once and then with a short back-off, well inside Finesse's 60 s forced-logout grace.
 * The feed records the gap, because what Finesse published meanwhile never comes. A refused password
 * is never tried again: Finesse locks a user out after five.
 */
public final class XmppSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XmppSession.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(2);
    /** Finesse's grace before it signs out an agent whose desktop went away is 60 s; stay well inside. */
    private static final Duration RECONNECT_WINDOW = Duration.ofSeconds(45);

    private final NotificationEndpoint endpoint;
    private final AgentAccount agent;
    private final NotificationFeed feed;
    // "desktop" is the Finesse desktop's own resource; a distinct one keeps both sessions alive
    private final String resource = "finesse-acceptance-" + UUID.randomUUID().toString().substring(0, 8);
    private final ScheduledExecutorService reconnector;
    private volatile AbstractXMPPConnection connection;
    private volatile Keepalive keepalive;
    /** The connection a drop was last handled for: a ping and a closed socket may both report it. */
    private AbstractXMPPConnection dropHandled;
    private volatile boolean closing;
    private final FinesseUserPresence finessePresence = new FinesseUserPresence();

    private XmppSession(NotificationEndpoint endpoint, AgentAccount agent, NotificationFeed feed) {
        this.endpoint = endpoint;
        this.agent = agent;
        this.feed = feed;
        this.reconnector = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xmpp-reconnect-" + agent.id());
            thread.setDaemon(true);
            return thread;
        });
    }

    public static XmppSession open(NotificationEndpoint endpoint, AgentAccount agent, NotificationFeed feed) {
        XmppSession session = new XmppSession(endpoint, agent, feed);
        try {
            session.connection = session.login();
        } catch (SmackException | XMPPException | IOException | InterruptedException failure) {
            session.reconnector.shutdownNow();
            if (failure instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new NotificationServiceUnreachable(agent, endpoint, failure);
        }
        LOG.info("Agent {}: XMPP session up at {} as {} (SASL {})", agent.id(), endpoint, session.connection.getUser(),
                session.saslMechanism());
        return session;
    }

    private AbstractXMPPConnection login() throws SmackException, XMPPException, IOException, InterruptedException {
        AbstractXMPPConnection opening = XmppConnections.create(endpoint, agent, resource);
        try {
            opening.setReplyTimeout(endpoint.replyTimeout().toMillis());
            Roster.getInstanceFor(opening).setRosterLoadedAtLogin(false);
            opening.addSyncStanzaListener(stanza -> feed.land(xmlOf(stanza)), StanzaTypeFilter.MESSAGE);
            opening.addAsyncStanzaListener(stanza -> finessePresence.heard(((Presence) stanza).isAvailable()),
                    new AndFilter(StanzaTypeFilter.PRESENCE, FromMatchesFilter.createBare(
                            JidCreate.bareFrom(FinesseUserPresence.userOf(endpoint.xmppDomain())))));
            XmppConnections.connectAndLogin(opening);
            opening.sendStanza(opening.getStanzaFactory().buildPresenceStanza()
                    .ofType(Presence.Type.available).setPriority(0).build());
            if (!PingManager.getInstanceFor(opening).pingMyServer(false)) {
                throw new IOException("the server did not answer a ping after presence");
            }
            keepalive = Keepalive.start(opening, () -> dropped(opening, "the server left a keepalive ping unanswered"));
            opening.addConnectionListener(new ConnectionListener() {
                @Override
                public void connectionClosedOnError(Exception cause) {
                    dropped(opening, String.valueOf(cause.getMessage() == null ? cause : cause.getMessage()));
                }
            });
            return opening;
        } catch (SmackException | XMPPException | IOException | InterruptedException | RuntimeException failed) {
            opening.instantShutdown();
            throw failed;
        }
    }

    /**
     * The stanza as text. Smack's own {@code toString()} of a nested {@link XmlStringBuilder} copies it
     * char by char through {@code LazyStringBuilder.charAt}, which walks the pieces each time: quadratic in
     * the size of an Update, and the costliest thing a load run's sessions did. Writing it out is linear.
     */
    static String xmlOf(Stanza stanza) {
        CharSequence xml = stanza.toXML();
        if (!(xml instanceof XmlStringBuilder builder)) {
            return xml.toString();
        }
        StringWriter text = new StringWriter(1024);
        try {
            builder.write(text, XmlEnvironment.EMPTY);
        } catch (IOException impossible) {
            return xml.toString();
        }
        return text.toString();
    }

    private synchronized void dropped(AbstractXMPPConnection which, String cause) {
        if (closing || which != connection || which == dropHandled) {
            return;
        }
        dropHandled = which;
        keepalive.close();
        feed.sessionDropped(cause);
        LOG.warn("Agent {}: XMPP session dropped ({}); opening it again", agent.id(), cause);
        which.instantShutdown();
        schedule(0, FIRST_RETRY, System.nanoTime());
    }

    private void schedule(long delayMillis, Duration nextDelay, long since) {
        try {
            reconnector.schedule(() -> reconnect(nextDelay, since), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closed) {
            // the session is closing
        }
    }

    private void reconnect(Duration delay, long since) {
        if (closing) {
            return;
        }
        try {
            connection = login();
            feed.sessionRestored();
            LOG.info("Agent {}: XMPP session back after {} ms as {}", agent.id(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since), connection.getUser());
        } catch (SASLErrorException refused) {
            LOG.error("Agent {}: the notification service refused the password on reconnect ({}); not trying again,"
                    + " since Finesse locks a user out after five bad passwords", agent.id(), refused.getMessage());
        } catch (SmackException | XMPPException | IOException | RuntimeException failed) {
            if (System.nanoTime() - since > RECONNECT_WINDOW.toNanos()) {
                LOG.error("Agent {}: XMPP session still down after {} s ({}); giving up", agent.id(),
                        RECONNECT_WINDOW.toSeconds(), failed.getMessage());
                return;
            }
            LOG.info("Agent {}: reconnect failed ({}); next try in {} ms", agent.id(), failed.getMessage(),
                    delay.toMillis());
            feed.sessionStillDown(String.valueOf(failed.getMessage()));
            Duration next = delay.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : delay.multipliedBy(2);
            schedule(delay.toMillis(), next, since);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The SASL mechanism the session signed in with: PLAIN is all a Finesse notification service offers. */
    public String saslMechanism() {
        return connection.getUsedSaslMechansism();
    }

    /** This session's full JID, the one explicit subscriptions are made for. */
    public String fullJid() {
        return String.valueOf(connection.getUser());
    }

    /**
     * Subscribes this session's full JID to {@code node} (Finesse: only with a full JID), waiting for the
     * service's answer.
     *
     * @throws NotificationNodeRefused when the service refuses or does not answer
     */
    public ExplicitSubscription subscribe(String node) {
        IQ reply = ask(node, "subscribe to", PubSub.createPubsubPacket(pubSubService(), IQ.Type.set,
                new SubscribeExtension(connection.getUser(), node)));
        Subscription confirmed = reply instanceof PubSub pubSub ? pubSub.getExtension(PubSubElementType.SUBSCRIPTION)
                : null;
        String subId = confirmed == null || confirmed.getId() == null ? "" : confirmed.getId();
        return new ExplicitSubscription(node, fullJid(), subId);
    }

    /** Removes the subscription; the service's answer is waited for. */
    public void unsubscribe(ExplicitSubscription subscription) {
        ask(subscription.node(), "unsubscribe from", PubSub.createPubsubPacket(pubSubService(), IQ.Type.set,
                new UnsubscribeExtension(subscription.jid(), subscription.node(),
                        subscription.subId().isEmpty() ? null : subscription.subId())));
    }

    /** This user's subscriptions on {@code node}, as the service lists them (every JID of the user). */
    public List<ExplicitSubscription> subscriptions(String node) {
        IQ reply = ask(node, "list the subscriptions of", PubSub.createPubsubPacket(pubSubService(), IQ.Type.get,
                new NodeExtension(PubSubElementType.SUBSCRIPTIONS, node)));
        SubscriptionsExtension listed = reply instanceof PubSub pubSub
                ? pubSub.getExtension(PubSubElementType.SUBSCRIPTIONS) : null;
        if (listed == null) {
            return List.of();
        }
        return listed.getSubscriptions().stream().map(found -> new ExplicitSubscription(node,
                String.valueOf(found.getJid()), found.getId() == null ? "" : found.getId())).toList();
    }

    /** A pubsub request and its answer: a PubSub payload, or an empty result (an unsubscribe's). */
    private IQ ask(String node, String what, PubSub request) {
        try {
            return connection.createStanzaCollectorAndSend(request).nextResultOrThrow();
        } catch (XMPPException.XMPPErrorException refused) {
            throw new NotificationNodeRefused(agent.id() + ": the pubsub service refused to " + what + " " + node
                    + ": " + refused.getStanzaError(), refused);
        } catch (SmackException | InterruptedException failed) {
            if (failed instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new NotificationNodeRefused(agent.id() + ": could not " + what + " " + node + ": " + failed, failed);
        }
    }

    private Jid pubSubService() {
        try {
            return JidCreate.domainBareFrom(endpoint.pubSubDomain());
        } catch (XmppStringprepException malformed) {
            throw new IllegalStateException("not a pubsub service name: " + endpoint.pubSubDomain(), malformed);
        }
    }

    /** The {@code finesse} user's presence as this session hears it, across reconnections. */
    public FinesseUserPresence finessePresence() {
        return finessePresence;
    }

    /** Sends unavailable presence and closes the stream; Finesse then knows the session ended on purpose. */
    @Override
    public void close() {
        closing = true;
        reconnector.shutdownNow();
        keepalive.close();
        AbstractXMPPConnection current = connection;
        try {
            if (current.isConnected()) {
                current.disconnect(current.getStanzaFactory().buildPresenceStanza()
                        .ofType(Presence.Type.unavailable).build());
            } else {
                current.instantShutdown();
            }
        } catch (SmackException.NotConnectedException alreadyGone) {
            current.instantShutdown();
        }
        LOG.info("Agent {}: XMPP session closed", agent.id());
    }
}
