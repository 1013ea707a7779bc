package io.finesseacceptance.notify;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.ping.PingManager;

/**
 * An XMPP ping to the server every {@link #INTERVAL}, on every transport, whatever else the connection carries.
 *
 * <p>Why not Smack's own {@code PingManager.setPingInterval}: it pings only after that long without a stanza from the
 * server, so a session busy with notifications would send none, while Finesse's notification service expects a
 * client's ping at least every 20 s (its desktop pings every 10 s). A ping left unanswered for
 * {@link #PONG_TIMEOUT} reports the connection as gone, once.
 */
final class Keepalive implements AutoCloseable {

    /** What Finesse's own desktop does; half the 20 s the service allows. */
    static final Duration INTERVAL = Duration.ofSeconds(10);
    /** Two intervals: one slow answer on a busy lab is not yet a dead connection. */
    static final Duration PONG_TIMEOUT = INTERVAL.multipliedBy(2);

    /** One thread for every session's pings: a ping is only handed to Smack, which answers asynchronously. */
    private static final ScheduledExecutorService PINGER = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "xmpp-keepalive");
        thread.setDaemon(true);
        return thread;
    });

    private final AtomicBoolean over = new AtomicBoolean();
    private final ScheduledFuture<?> task;

    private Keepalive(Duration interval, Supplier<CompletionStage<?>> ping, Runnable unanswered) {
        long millis = interval.toMillis();
        task = PINGER.scheduleAtFixedRate(() -> {
            if (over.get()) {
                return;
            }
            try {
                ping.get().whenComplete((pong, failed) -> {
                    if (failed != null && over.compareAndSet(false, true)) {
                        close();
                        unanswered.run();
                    }
                });
            } catch (RuntimeException failed) {
                if (over.compareAndSet(false, true)) {
                    close();
                    unanswered.run();
                }
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Pings {@code connection}'s server every {@link #INTERVAL}; {@code unanswered} runs at most once. */
    static Keepalive start(XMPPConnection connection, Runnable unanswered) {
        return every(INTERVAL, () -> ping(connection), unanswered);
    }

    /** The schedule itself, apart from Smack: for tests with a short interval. */
    static Keepalive every(Duration interval, Supplier<CompletionStage<?>> ping, Runnable unanswered) {
        return new Keepalive(interval, ping, unanswered);
    }

    private static CompletionStage<?> ping(XMPPConnection connection) {
        CompletableFuture<Boolean> pong = new CompletableFuture<>();
        PingManager.getInstanceFor(connection).pingAsync(connection.getXMPPServiceDomain(), PONG_TIMEOUT.toMillis())
                .onSuccess(pong::complete).onError(pong::completeExceptionally);
        return pong;
    }

    /** Stops the pings; an answer still on its way is ignored. */
    @Override
    public void close() {
        over.set(true);
        task.cancel(false);
    }
}
