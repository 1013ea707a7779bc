package io.finesseacceptance.simulator.notifications;

/**
 * What the notification service saw of one XMPP session of an agent, above all its Finesse desktop: the session bound to
 * the resource {@value #DESKTOP_RESOURCE}, the one Cisco reserves for the desktop (docs/finesse-contract.md
 * §14.1). Every value but {@link #AVAILABLE} means the session is gone; they differ only in how it went.
 */
public enum DesktopPresence {
    /** The desktop session announced available presence (again). */
    AVAILABLE,
    /** The desktop session sent unavailable presence (or a negative priority); it may stay connected. */
    UNAVAILABLE,
    /** The client closed its stream ({@code </stream:stream>} or a BOSH terminate) without unavailable presence first. */
    CLOSED,
    /** The server ended the stream: a new login took the resource over, a restart, a stream error. */
    ENDED_BY_SERVER,
    /**
     * The connection went without a word: socket closed or reset, pings unanswered, a BOSH session's
     * inactivity timeout; no unavailable presence and no end of stream.
     */
    DROPPED;

    /** The resource Cisco reserves for the Finesse desktop. */
    public static final String DESKTOP_RESOURCE = "desktop";

    public boolean isAvailable() {
        return this == AVAILABLE;
    }
}
