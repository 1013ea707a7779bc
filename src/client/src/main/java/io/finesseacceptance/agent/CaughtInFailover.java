package io.finesseacceptance.agent;

import io.finesseacceptance.notify.NotificationNotReceived;

/**
 * A scenario's wait met a failover of the side it waited on, and reading the agent back on the other side
 * did not show the change either: one line that names the failover, never a bare timeout.
 */
public final class CaughtInFailover extends AssertionError {

    public CaughtInFailover(String message, NotificationNotReceived cause) {
        super(message, cause);
    }
}
