package io.finesseacceptance.notify;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.igniterealtime.jbosh.BOSHException;
import org.igniterealtime.jbosh.ComposableBody;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.bosh.BOSHConfiguration;
import org.jivesoftware.smack.bosh.XMPPBOSHConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Smack's BOSH connection with every outgoing body handed, in order, to one sender thread of its own.
 *
 * <p>Why: jbosh (0.9.2) hands each HTTP response to a request-processor thread and counts that request
 * as outstanding until the response listeners return. Smack answers a SCRAM challenge from inside that
 * listener. When the server holds the other request the session allows (requests=2, hold=1: an empty
 * poll sent {@code emptyRequestDelay} ms after the previous answer), jbosh's {@code send()} waits for a
 * free request slot that only the waiting thread itself could free, until the server's wait (60 s)
 * expires; the login fails with "No response ... While waiting for successful SASL authentication".
 * The shorter the empty-request delay and the busier the JVM (several agents logging in at once), the
 * likelier the poll is out before Smack's {@code <auth>}. A sender thread never holds a slot, so the
 * processor thread returns, frees its slot, and the queued body goes out at once.
 */
final class QueuedSendBoshConnection extends XMPPBOSHConnection {

    private static final Logger LOG = LoggerFactory.getLogger(QueuedSendBoshConnection.class);
    /** Long enough for the queued unavailable presence to leave before the session is terminated. */
    private static final long DRAIN_MILLIS = 2_000;

    /** One worker at most keeps bodies in the order they were sent; it ends itself when idle. */
    private final ThreadPoolExecutor sender;

    private final BoshTrustStore trust;

    QueuedSendBoshConnection(BOSHConfiguration config, String agentId, BoshTrustStore trust) {
        super(config);
        this.trust = trust;
        sender = new ThreadPoolExecutor(1, 1, 5, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "bosh-sender-" + agentId);
            thread.setDaemon(true);
            return thread;
        });
        sender.allowCoreThreadTimeOut(true);
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

    @Override
    protected void send(ComposableBody body) throws BOSHException {
        if (!isConnected()) {
            throw new IllegalStateException("Not connected to a server!");
        }
        sender.execute(() -> {
            try {
                super.send(body);
            } catch (BOSHException | RuntimeException failed) {
                // what Smack itself does with a failed BOSH send; the connection's listeners see the error
                LOG.warn("BOSH send failed: {}", failed.getMessage());
            }
        });
    }

    /** Lets queued bodies (the unavailable presence above all) leave before the session is terminated. */
    @Override
    protected void shutdown() {
        try {
            sender.submit(() -> { }).get(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException stuck) {
            LOG.debug("BOSH sends still queued at shutdown: {}", stuck.toString());
        }
        super.shutdown();
    }
}
