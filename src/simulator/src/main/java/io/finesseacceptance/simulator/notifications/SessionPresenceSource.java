package io.finesseacceptance.simulator.notifications;

/**
 * A notification service that is not the simulator's own (another XMPP server) and can tell the simulated web services
 * its users' presence, per resource, as Finesse's web services learn it: the {@code finesse} user is subscribed to
 * every agent's presence and hears each session come and go.
 */
public interface SessionPresenceSource {

    /** From now on, every session's presence change is told to {@code listener}. */
    void reportPresenceTo(SessionPresenceListener listener);
}
