package io.finesseacceptance.simulator.notifications;

/**
 * Told when one XMPP session of a user becomes available or goes (unavailable presence, or its connection closes, is
 * ended or drops while it was available), whatever its resource: what Finesse's web services learn from the
 * notification service about the users whose presence they follow. {@code how} is never {@link DesktopPresence#AVAILABLE}
 * for a session that goes. Called on a network thread, possibly while session state is locked: implementations must be
 * quick and must not block.
 */
@FunctionalInterface
public interface SessionPresenceListener {
    void sessionPresenceChanged(String username, String resource, DesktopPresence how);
}
