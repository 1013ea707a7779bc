package io.finesseacceptance.notify;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
 */
final class LabBoshConnection extends XMPPBOSHConnection {

    /** Long enough for a queued unavailable presence to leave; a live lab takes milliseconds. */
    private static final long DRAIN_MILLIS = 2_000;

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

    private static boolean isThe(Presence presence, Stanza stanza) {
        return stanza instanceof Presence sent && sent.getType() == presence.getType()
                && Objects.equals(sent.getStanzaId(), presence.getStanzaId());
    }
}
