package io.finesseacceptance.simulator.xmpp;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Runs an action once nothing has restarted or stopped the timer for a while; event loop only. */
final class InactivityTimer {

    private final EventLoop loop;
    private final Duration timeout;
    private final Runnable onTimeout;
    private ScheduledFuture<?> pending;

    InactivityTimer(EventLoop loop, Duration timeout, Runnable onTimeout) {
        this.loop = loop;
        this.timeout = timeout;
        this.onTimeout = onTimeout;
    }

    /** Starts counting unless already counting. */
    void start() {
        if (pending == null) {
            pending = loop.schedule(() -> {
                pending = null;
                onTimeout.run();
            }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void stop() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }
}
