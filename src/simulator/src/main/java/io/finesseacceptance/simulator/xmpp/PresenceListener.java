package io.finesseacceptance.simulator.xmpp;

/**
 * Told when a user's XMPP availability flips. {@code available} means the user has at least one
 * resource with available presence. Called on a network thread while session state is locked, so
 * implementations must be quick and must not block.
 */
@FunctionalInterface
public interface PresenceListener {
    void presenceChanged(String username, boolean available);
}
