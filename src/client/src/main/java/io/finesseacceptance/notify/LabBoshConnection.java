package io.finesseacceptance.notify;

import java.lang.reflect.Field;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.igniterealtime.jbosh.BOSHClient;
import org.igniterealtime.jbosh.BOSHClientConnListener;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.bosh.BOSHConfiguration;
import org.jivesoftware.smack.bosh.XMPPBOSHConnection;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.Stanza;

/**
 * Smack's BOSH connection as the suite uses it against a lab: with the lab's TLS trust while jbosh builds its
 * HTTP client, and with the unavailable presence of a disconnect handed to jbosh before the session ends.
 *
 * <p>The BOSH login deadlock (docs/design.md) needed a sender thread of our own with Smack 4.4, whose BOSH
 * connection sent from inside jbosh's response listener. Smack 4.5's BOSH connection queues every element for a
 * writer thread of its own, so jbosh's processor thread never waits for a request slot; BoshLoginsDoNotDeadlockIT
 * keeps proving it. That writer thread brings the reason for the wait below: Smack's shutdown stops its queue at
 * once, and an unavailable presence still queued would be dropped, so Finesse would learn of the end of the
 * session only from the terminated BOSH session.
 *
 * <p>Ending a session, two ways. Smack's {@code instantShutdown()} still sends jbosh's terminate body, and leaves the
 * jbosh client to the server's answer: against Prosody a "dropped" desktop went on polling with empty requests for as
 * long as the JVM lived, so the server never saw it go. Here an instant shutdown is a drop: the jbosh client is
 * disposed at once (its request threads, its HTTP connections, its scheduled empty requests), no terminate and no
 * further request leaves. A disconnect still ends the session properly (unavailable presence, terminate body), and
 * then disposes the client too, answered or not, so no session the suite closes keeps polling.
 */
final class LabBoshConnection extends XMPPBOSHConnection {

    /** Long enough for a queued unavailable presence to leave; a live lab takes milliseconds. */
    private static final long DRAIN_MILLIS = 2_000;
    /** How long a disconnect waits for the server to answer the terminate body before the client is disposed. */
    private static final long TERMINATE_ANSWER_MILLIS = 2_000;
    /**
     * Smack keeps its jbosh client private and has no way to end the session without a terminate body; this is the
     * one reflective step, checked by LabBoshConnectionTest so a Smack upgrade that moves it fails at once.
     */
    static final Field JBOSH_CLIENT = jboshClientField();

    private final BoshTrustStore trust;

    LabBoshConnection(BOSHConfiguration config, BoshTrustStore trust) {
        super(config);
        this.trust = trust;
    }

    /** jbosh builds its HTTP client, and reads its TLS trust, while it connects. */
    @Override
    protected void connectInternal() throws SmackException, InterruptedException {
        try {
            trust.whileJboshBuildsItsClient(super::connectInternal);
        } catch (SmackException | InterruptedException | RuntimeException expected) {
            throw expected;
        } catch (Exception other) {
            throw new IllegalStateException(other);
        }
    }

    /** Waits (briefly) until the writer thread has handed the presence to jbosh, then ends the session. */
    @Override
    public synchronized void disconnect(Presence unavailablePresence) throws SmackException.NotConnectedException {
        if (unavailablePresence != null && isConnected()) {
            CountDownLatch handedOver = new CountDownLatch(1);
            StanzaListener sent = stanza -> handedOver.countDown();
            // interceptors may send a copy of the presence, with the same id
            addStanzaSendingListener(sent, stanza -> isThe(unavailablePresence, stanza));
            try {
                sendStanza(unavailablePresence);
                handedOver.await(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                removeStanzaSendingListener(sent);
            }
        }
        super.disconnect(null);
    }

    /**
     * A drop, as a crashed client or a pulled cable makes it: no terminate body, no further request. The jbosh client
     * is taken from Smack before Smack's own shutdown runs, so that shutdown has nothing left to send a terminate with.
     */
    @Override
    public void instantShutdown() {
        BOSHClient session = takeJboshClient();
        if (session != null) {
            // a drop made on purpose, not a failure: Smack's error path (and its listeners) must not run for it
            connected = false;
            session.close();
        }
        super.instantShutdown();
    }

    /**
     * A disconnect's end of the session: Smack's shutdown sends the terminate body (after what its writer still had
     * queued); then the jbosh client is disposed once the server answered it, or after a short wait if it does not.
     */
    @Override
    protected void shutdown() {
        BOSHClient session = jboshClient();
        AtomicBoolean ended = new AtomicBoolean();
        BOSHClientConnListener endWatch = event -> {
            if (!event.isConnected()) {
                synchronized (this) {
                    ended.set(true);
                    notifyAll();
                }
            }
        };
        if (session != null) {
            session.addBOSHClientConnListener(endWatch);
        }
        super.instantShutdown();
        if (session != null) {
            try {
                awaitEnd(ended);
            } finally {
                session.removeBOSHClientConnListener(endWatch);
                session.close();
            }
        }
    }

    /**
     * Waits on this connection's monitor, not a latch: a disconnect holds the monitor, and Smack's own listener takes
     * it before ours runs when jbosh reports the end, so waiting with it held would only run into the timeout.
     */
    private synchronized void awaitEnd(AtomicBoolean ended) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TERMINATE_ANSWER_MILLIS);
        try {
            for (long left = TERMINATE_ANSWER_MILLIS; !ended.get() && left > 0;
                    left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                wait(left);
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private BOSHClient jboshClient() {
        try {
            return (BOSHClient) JBOSH_CLIENT.get(this);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException("Smack's jbosh client could not be read", impossible);
        }
    }

    private BOSHClient takeJboshClient() {
        BOSHClient session = jboshClient();
        try {
            JBOSH_CLIENT.set(this, null);
        } catch (IllegalAccessException impossible) {
            throw new IllegalStateException("Smack's jbosh client could not be taken", impossible);
        }
        return session;
    }

    private static Field jboshClientField() {
        try {
            Field field = XMPPBOSHConnection.class.getDeclaredField("client");
            if (!BOSHClient.class.equals(field.getType())) {
                throw new IllegalStateException("XMPPBOSHConnection.client is a " + field.getType() + ", not jbosh's"
                        + " BOSHClient: a dropped BOSH session could not be stopped");
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException moved) {
            throw new IllegalStateException("this Smack keeps no jbosh client in XMPPBOSHConnection.client: a dropped"
                    + " BOSH session could not be stopped", moved);
        }
    }

    private static boolean isThe(Presence presence, Stanza stanza) {
        return stanza instanceof Presence sent && sent.getType() == presence.getType()
                && Objects.equals(sent.getStanzaId(), presence.getStanzaId());
    }
}
