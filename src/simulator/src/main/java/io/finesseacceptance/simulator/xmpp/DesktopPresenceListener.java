package io.finesseacceptance.simulator.xmpp;

import io.finesseacceptance.simulator.notifications.DesktopPresence;

/**
 * Told when the presence of a user's {@value DesktopPresence#DESKTOP_RESOURCE} session changes: it becomes
 * available, or it goes (unavailable presence, or its connection closes, is ended or drops while it was
 * available). Sessions with other resources never cause a call. Called on a network thread while session
 * state is locked, so implementations must be quick and must not block.
 */
@FunctionalInterface
public interface DesktopPresenceListener {
    void desktopPresenceChanged(String username, DesktopPresence presence);
}
